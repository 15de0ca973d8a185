import Foundation
import GRDB
import TIPModel
import TIPSupport

/// What the previous export at a path holds: each edition's bytes' hash and its parse, so that unchanged
/// files are not read again. A file at the path that is not a dataset of ours is refused, never replaced.
struct DatasetCache: Sendable {
    private var snapshots: [String: (sha256: String, snapshot: Data)] = [:]

    /// No previous export: nothing to reuse.
    init() {}

    /// Reads what the dataset at `path` holds; nothing when there is none. A file there that is not a regular
    /// file (a FIFO, a folder) is refused at once, without opening it.
    init(database path: String) throws(DatasetError) {
        guard try Self.isFile(path) else { return }
        let rows = try Self.reading(path) { db -> [Row] in
            // Another version of the tables: everything is read again.
            guard try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") == DatasetSchema.version else { return [] }
            return try Row.fetchAll(
                db, sql: "SELECT e.path, e.sha256, s.snapshot FROM editions e JOIN edition_snapshots s ON s.edition_id = e.id")
        }
        for row in rows { snapshots[row["path"]] = (row["sha256"], row["snapshot"]) }
    }

    /// Throws unless the path names nothing or a dataset of ours, which an export may replace.
    static func check(_ path: String) throws(DatasetError) {
        guard try isFile(path) else { return }
        try reading(path) { _ in () }
    }

    /// Whether something is at `path` (a regular file, links followed); anything else there is refused.
    private static func isFile(_ path: String) throws(DatasetError) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            throw DatasetError(path: path, reason: "not a regular file (\(InputFile.kind(of: type))): a dataset is a file saved on disk")
        }
        return true
    }

    /// Runs `body` on the dataset at `path`, read only, once its `meta` says it is ours.
    private static func reading<T>(_ path: String, _ body: (Database) throws -> T) throws(DatasetError) -> T {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db -> T in
                guard try db.tableExists("meta"),
                    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'") == DatasetWriter.format
                else {
                    throw DatasetError(path: path, reason: "not a tipdiff dataset: it would be replaced; choose another path or remove it")
                }
                return try body(db)
            }
        } catch let error as DatasetError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw DatasetError(path: path, reason: "locked by another process (busy): try again when it is done")
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
