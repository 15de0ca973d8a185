/// What the previous export at a path holds: each edition's bytes' hash and its parse, so that unchanged
/// files are not read again. A file at the path that is not a dataset of ours is refused, never replaced.
import Foundation
import GRDB
import TIPModel

struct DatasetCache: Sendable {
    private var snapshots: [String: (sha256: String, snapshot: Data)] = [:]

    /// No previous export: nothing to reuse.
    init() {}

    init(database path: String) throws(DatasetError) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let rows = try queue.read { db -> [Row] in
                guard try db.tableExists("meta"),
                    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'") == DatasetWriter.format
                else {
                    throw DatasetError(path: path, reason: "not a tipdiff dataset: it would be replaced; choose another path or remove it")
                }
                // Another version of the tables: everything is read again.
                guard try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") == DatasetSchema.version else { return [] }
                return try Row.fetchAll(
                    db, sql: "SELECT e.path, e.sha256, s.snapshot FROM editions e JOIN edition_snapshots s ON s.edition_id = e.id")
            }
            for row in rows { snapshots[row["path"]] = (row["sha256"], row["snapshot"]) }
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(path: path, reason: "not a tipdiff dataset (\(error)): choose another path or remove it")
        }
    }

    /// The edition at `path` as the last export parsed it, when its bytes still hash to `sha256`.
    func edition(at path: String, sha256: String) -> Edition? {
        guard let stored = snapshots[path], stored.sha256 == sha256 else { return nil }
        return (try? JSONDecoder().decode(EditionSnapshot.self, from: stored.snapshot))?.edition
    }
}
