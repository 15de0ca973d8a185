import Foundation

/// Checks a command's output paths before anything is written: none may be one of its inputs (by path or,
/// through a link, by file identity), and no two outputs may be the same file
/// (a device such as `/dev/null` may take several).
public enum OutputPaths {
    /// Throws for the first output that is an input or repeats an earlier output.
    public static func check(_ outputs: [String], inputs: [String]) throws(AtomicFile.Failure) {
        let inputIdentities = Set(inputs.compactMap(identity))
        let inputPaths = Set(inputs.map(normalized))
        var seen: [String: String] = [:]
        var seenIdentities: [FileIdentity: String] = [:]
        for output in outputs {
            let id = identity(output)
            if inputPaths.contains(normalized(output)) || id.map(inputIdentities.contains) == true {
                throw AtomicFile.Failure(path: output, reason: "it is one of the inputs; choose another output path")
            }
            // A device (`/dev/null`) may take several outputs.
            if id?.isDevice == true { continue }
            if let earlier = seen[normalized(output)] ?? id.flatMap({ seenIdentities[$0] }) {
                throw AtomicFile.Failure(path: output, reason: "it is also given as \(earlier); each output needs its own path")
            }
            seen[normalized(output)] = output
            if let id { seenIdentities[id] = output }
        }
    }

    /// A file's device and inode, when it exists.
    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        var isDevice: Bool
    }

    private static func identity(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), isDevice: type == S_IFCHR || type == S_IFIFO)
    }

    private static func normalized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
