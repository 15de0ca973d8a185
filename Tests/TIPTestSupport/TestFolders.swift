import Foundation

/// Temporary folders for tests, all inside one folder of the test process that is removed when the process
/// exits, so that a run of the suite leaves nothing behind in the system's temporary folder.
public enum TestFolders {
    /// The process's folder, `<temporary folder>/tipdiff-tests-<pid>`, made on first use and removed at exit.
    public static let root: URL = {
        atexit { try? FileManager.default.removeItem(at: TestFolders.path(of: getpid())) }
        let root = path(of: getpid())
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }()

    /// A new folder `<prefix>-<uuid>` inside `root`, made unless `create` is false.
    public static func folder(_ prefix: String, create: Bool = true) throws -> URL {
        let folder = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        if create { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        return folder
    }

    private static func path(of process: pid_t) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-tests-\(process)")
    }
}
