import Foundation

/// Reads an input whole, safely: only a regular file (a FIFO, socket or device is refused at once instead of
/// hanging), its size checked with `stat` before a byte is read.
public enum InputFile {
    /// Why an input could not be read.
    public enum Problem: Error, Sendable, Equatable {
        case missing
        case notRegular(kind: String)
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)

        /// The message, without the location.
        public var message: String {
            switch self {
            case .missing: "no such file or folder"
            case .notRegular(let kind): "not a regular file (\(kind)): give a file saved on disk"
            case .tooLarge(let bytes, let limit): "too large: \(bytes) bytes, at most \(limit)"
            case .unreadable(let reason): "cannot read: \(reason)"
            }
        }
    }

    /// The bytes of the regular file at `path` (symbolic links followed), at most `limit` of them.
    public static func read(_ path: String, limit: Int) throws(Problem) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { throw .notRegular(kind: kind(of: type)) }
        guard Int(info.st_size) <= limit else { throw .tooLarge(bytes: Int(info.st_size), limit: limit) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            // The file grew after stat: still bounded.
            guard bytes.count <= limit else { throw .tooLarge(bytes: bytes.count, limit: limit) }
        }
        return bytes
    }

    /// What a file of this type (`st_mode & S_IFMT`) is called in messages: "a FIFO", "a folder", ...
    public static func kind(of type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a folder"
        default: "a special file"
        }
    }
}
