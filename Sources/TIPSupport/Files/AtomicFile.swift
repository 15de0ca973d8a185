import Foundation

/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it.
public enum AtomicFile {
    /// Why a write failed; the destination is untouched.
    public struct Failure: Error, Sendable {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// What to do with a symbolic link at the destination.
    public enum Links: Sendable {
        /// Follow it and replace its target (a path the user named: `-o`, `--db`, a notes file).
        case follow
        /// Refuse it (a file tipdiff names itself inside a folder, such as `out/report.html`).
        case refuse
    }

    /// Writes `bytes` to `path`. A symbolic link is followed and its target replaced (or, with `links:
    /// .refuse`, refused); the target keeps its mode and owner. The bytes go to a temporary file in
    /// `temporaryFolder` (by default the destination's own folder, so the rename is atomic), synced to disk,
    /// then renamed over the target, and the folder synced: a reader sees the old file or the new one, never a
    /// part. A file with more than one name (hard links) is refused, never rewritten in place. A device or
    /// FIFO (`/dev/stdout`, `/dev/null`) is written to as it is, never replaced by a file.
    public static func write(_ bytes: [UInt8], to path: String, temporaryFolder: String? = nil, links: Links = .follow) throws(Failure) {
        try check(path, links: links)
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            try writeInPlace(bytes, to: path)
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
            // Checked again right before the rename: a name given to the file meanwhile is not cut off.
            var now = stat()
            if stat(path, &now) == 0 && (now.st_mode & S_IFMT) == S_IFREG { try refuseOtherNames(path, now) }
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

    /// Throws what `write` would refuse at `path` before writing a byte: a folder, a file with more than one
    /// name, or (with `links: .refuse`) a symbolic link. A command checks all its outputs so first.
    public static func check(_ path: String, links: Links = .follow) throws(Failure) {
        if links == .refuse { try refuseLink(at: path) }
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(path: path, reason: "it is a folder") }
        if (info.st_mode & S_IFMT) == S_IFREG { try refuseOtherNames(path, info) }
    }

    /// A file with more than one name: replacing it would leave the other names on the old contents, and
    /// rewriting it in place could empty it under every name if interrupted.
    private static func refuseOtherNames(_ path: String, _ info: stat) throws(Failure) {
        guard info.st_nlink > 1 else { return }
        throw Failure(
            path: path,
            reason:
                "it has \(info.st_nlink) names (hard links), and tipdiff neither rewrites such a file in place nor cuts its other names off; "
                + "give it a name of its own first (cp -p FILE FILE.new && mv FILE.new FILE) and write again")
    }

    /// Throws when `path` is a symbolic link.
    private static func refuseLink(at path: String) throws(Failure) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " to \($0)" } ?? ""
        throw Failure(
            path: path,
            reason:
                "it is a symbolic link\(target), and tipdiff writes through a link only at a path you name; remove the link, or name the path with its option"
        )
    }

    /// The path a symbolic link finally points to.
    private static func realpath(_ path: String) -> String {
        guard let resolved = Foundation.realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
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
