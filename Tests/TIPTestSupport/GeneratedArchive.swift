import Foundation

/// An illustrative multi-year archive written by `Tools/make-archive.py` into a temporary folder, once per
/// test process and options, with the manifest of what the generator did.
public struct GeneratedArchive: Sendable {
    /// The folder of year folders.
    public var root: String
    /// `manifest.json` as the generator wrote it.
    public var manifest: [String: Any] {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: root + "/manifest.json"))) ?? Data()
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any]) ?? [:]
    }

    /// The manifest's entry for `country`.
    public func country(_ name: String) -> [String: Any] {
        ((manifest["countries"] as? [String: Any])?[name] as? [String: Any]) ?? [:]
    }

    /// The archive of `years` editions of `countries` countries (seed 2026), generated on first use.
    public static func make(years: Int = 11, countries: Int = 4) throws -> GeneratedArchive {
        let root = TestFolders.root.appendingPathComponent("tipdiff-archive-\(years)x\(countries)").path
        if FileManager.default.fileExists(atPath: root + "/manifest.json") { return GeneratedArchive(root: root) }
        let scratch = root + ".part-\(UUID().uuidString)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Seed.path("Tools/make-archive.py"), scratch, "--years", String(years), "--countries", String(countries),
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GeneratorFailed(status: process.terminationStatus) }
        // Whole or nothing, and a second test racing for the same archive keeps the first one's.
        if (try? FileManager.default.moveItem(atPath: scratch, toPath: root)) == nil {
            try? FileManager.default.removeItem(atPath: scratch)
        }
        return GeneratedArchive(root: root)
    }

    /// The generator exited with a failure.
    public struct GeneratorFailed: Error {
        public var status: Int32
    }
}
