/// A year folder about to receive narratives (from `split` or `import`): nothing in it replaced without
/// --force, the files checked against one another and the input, the folder made. Nothing is written here.
import Foundation
import TIPModel

enum YearFolder {
    static func prepare(_ folder: String, files planned: [String], input: String, force: Bool) throws {
        let files = Array(Set(planned)).sorted()
        if !force {
            let existing = files.filter { FileManager.default.fileExists(atPath: $0) }
            if let first = existing.first {
                throw AtomicFile.Failure(
                    path: first,
                    reason:
                        "\(existing.count) narrative\(existing.count == 1 ? "" : "s") already in \(folder); give --force to replace them")
            }
        }
        try OutputPaths.check(files, inputs: [input])
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw AtomicFile.Failure(path: folder, reason: "cannot create the folder")
        }
    }
}
