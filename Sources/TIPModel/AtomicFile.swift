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

    /// Writes `bytes` to `path`. A symbolic link is followed and its target replaced; the target keeps its
    /// mode and owner. The bytes go to a temporary file in `temporaryFolder` (by default the destination's own
    /// folder, so the rename is atomic), synced to disk, then renamed over the target, and the folder synced.
    /// A device or FIFO (`/dev/stdout`, `/dev/null`) is written to as it is, never replaced by a file.
    public static func write(_ bytes: [UInt8], to path: String, temporaryFolder: String? = nil) throws(Failure) {
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            guard (info.st_mode & S_IFMT) != S_IFDIR else { throw Failure(path: path, reason: "it is a folder") }
            try writeInPlace(bytes, to: path)
            return
        }
        // A file with other hard links is rewritten in place (synced), so that every name keeps seeing it;
        // a rename would leave the other names on the old contents.
        if exists && info.st_nlink > 1 {
            try rewriteInPlace(bytes, to: path)
            return
        }
        let target = exists ? (realpath(path)) : path
        let destination = URL(fileURLWithPath: target)
        let folder = temporaryFolder ?? destination.deletingLastPathComponent().path
        let temporary = URL(fileURLWithPath: folder)
            .appendingPathComponent(
                ".\(destination.lastPathComponent).tipdiff-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
            )
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, exists ? info.st_mode & 0o7777 : 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: "cannot create a temporary file in \(folder)") }
        do throws(Failure) {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            if exists {
                guard fchmod(descriptor, info.st_mode & 0o7777) == 0 else { throw Failure(path: path, reason: "cannot keep its mode") }
                if info.st_uid != geteuid() || info.st_gid != getegid() {
                    guard fchown(descriptor, info.st_uid, info.st_gid) == 0 else {
                        throw Failure(path: path, reason: "cannot keep its owner (\(info.st_uid):\(info.st_gid)); the file is unchanged")
                    }
                }
            }
            guard fsync(descriptor) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw Failure(path: path, reason: reason)
        }
        let directory = open(destination.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            defer { close(directory) }
            guard fsync(directory) == 0 || errno == EINVAL else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    /// The path a symbolic link finally points to.
    private static func realpath(_ path: String) -> String {
        guard let resolved = Foundation.realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Replaces the contents of an existing regular file through its own inode.
    private static func rewriteInPlace(_ bytes: [UInt8], to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard ftruncate(descriptor, 0) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        try writeAll(bytes, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Writes to a device or FIFO that already exists.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
