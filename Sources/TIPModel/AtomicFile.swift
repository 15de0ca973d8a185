/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it.
import Foundation

public enum AtomicFile {
    /// Why a write failed; the destination is untouched.
    public struct Failure: DiagnosticError, Sendable {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        public var diagnostics: [Diagnostic] { [Diagnostic(location: SourceLocation(path: path), message: "cannot write: \(reason)")] }
    }

    /// Writes `bytes` to `path`. The temporary file lives in `temporaryFolder` (by default the destination's
    /// own folder, so the rename is atomic) and is removed if anything fails.
    public static func write(_ bytes: [UInt8], to path: String, temporaryFolder: String? = nil) throws(Failure) {
        let destination = URL(fileURLWithPath: path)
        let folder = temporaryFolder ?? destination.deletingLastPathComponent().path
        let temporary = URL(fileURLWithPath: folder)
            .appendingPathComponent(
                ".\(destination.lastPathComponent).tipdiff-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
            )
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw Failure(path: path, reason: "cannot create a temporary file in \(folder)")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(path: path, reason: reason)
        }
    }
}
