import Foundation
import TIPModel
import TIPSupport

/// Where a job's outputs go and the one way they are written: each as given, else beside the first one given,
/// else in `out/`; every path checked (no output one of the inputs or given twice, its folder made, no link
/// where tipdiff names the file itself) before any is written, each then written whole through a rename.
public enum OutputPlan {
    /// One output to write.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
        /// Whether the user named the path (with an option): a link there is followed to its target; a path
        /// tipdiff names itself is never written through a link.
        public var named: Bool

        public init(path: String, bytes: [UInt8], named: Bool) {
            self.path = path
            self.bytes = bytes
            self.named = named
        }
    }

    /// The outputs' paths, one for each of `defaults` (their file names): the path `given` holds at the same
    /// position, else that name in the folder of the first path given, else in `fallback`.
    public static func paths(given: [String?], defaults: [String], fallback: String = "out") -> [String] {
        let folder = given.compactMap { $0 }.first.map { ($0 as NSString).deletingLastPathComponent } ?? fallback
        let beside = { (name: String) in folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name) }
        return defaults.indices.map { index in (index < given.count ? given[index] : nil) ?? beside(defaults[index]) }
    }

    /// Refuses an output that repeats another or is one of `inputs`: checked before the long work starts,
    /// and again by `write`.
    public static func check(_ paths: [String], inputs: [String]) throws(AtomicFile.Failure) {
        try OutputPaths.check(paths, inputs: inputs)
    }

    /// One output still to be made: its path, and how to make its bytes once every path has passed its checks.
    public struct Pending {
        public var path: String
        /// Whether the user named the path (see `File.named`).
        public var named: Bool
        public var render: () throws -> [UInt8]

        public init(path: String, named: Bool, render: @escaping () throws -> [UInt8]) {
            self.path = path
            self.named = named
            self.render = render
        }
    }

    /// Writes `files`, all checked first: none an input or repeated, each folder made, each path writable.
    public static func write(_ files: [File], inputs: [String]) throws(AtomicFile.Failure) {
        try prepare(files.map { ($0.path, $0.named) }, inputs: inputs)
        for file in files { try AtomicFile.write(file.bytes, to: file.path, links: file.named ? .follow : .refuse) }
    }

    /// Writes `outputs` one at a time, each made only when its turn comes and let go once written, so that a
    /// run holds one output's bytes at a time, not all of them; every path is checked first, as `write` does.
    public static func stream(_ outputs: [Pending], inputs: [String]) throws {
        try prepare(outputs.map { ($0.path, $0.named) }, inputs: inputs)
        for output in outputs { try AtomicFile.write(try output.render(), to: output.path, links: output.named ? .follow : .refuse) }
    }

    /// Every check before a byte is written: no output an input or repeated, each folder made, each path writable.
    private static func prepare(_ outputs: [(path: String, named: Bool)], inputs: [String]) throws(AtomicFile.Failure) {
        try OutputPaths.check(outputs.map(\.path), inputs: inputs)
        for output in outputs {
            let folder = URL(fileURLWithPath: output.path).deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw AtomicFile.Failure(path: output.path, reason: "cannot create the folder \(folder.path)")
            }
        }
        for output in outputs { try AtomicFile.check(output.path, links: output.named ? .follow : .refuse) }
    }
}
