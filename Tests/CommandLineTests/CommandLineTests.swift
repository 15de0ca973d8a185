import Foundation
import TIPTestSupport
import Testing

/// Runs the built `tipdiff` and collects what it printed.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable next to the test bundle, which `swift build --build-tests` puts there.
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("tipdiff") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2].appendingPathComponent("tipdiff")
    }

    init(_ arguments: [String], in folder: URL = Run.root, executable: URL = Run.executable, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}

func temporaryFolder() throws -> URL {
    try TestFolders.folder("tipdiff-cli")
}

/// The `tipdiff` executable end to end: output, exit codes and one-line errors.
@Suite struct ParseCommandTests {
    @Test func outlineOfTheSeed() throws {
        let run = try Run(["parse", "Reports/2025/cuba.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Cuba 2025 (Reports/2025/cuba.txt, text, sha256 "))
        #expect(run.stdout.contains("tier: Tier 3, remained, policy or pattern found"))
        #expect(run.stdout.contains("prosecution     \"PROSECUTION\""))
        #expect(run.stdout.contains("verdict: maintained"))
        #expect(run.stdout.contains("recommendations: 11"))
        #expect(run.stderr.isEmpty)
    }

    @Test func jsonUsesTheDocumentedFieldNames() throws {
        let run = try Run(["parse", "Reports/2025/cuba.txt", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["country"] as? String == "Cuba")
        #expect(json["reportYear"] as? Int == 2025)
        let tier = try #require(json["tier"] as? [String: Any])
        #expect(tier["placement"] as? String == "Tier 3")
        #expect(tier["movement"] as? String == "remained")
        #expect(tier["policyOrPattern"] as? Bool == true)
        #expect(tier["waiver"] as? Bool == false)
        #expect(tier.keys.contains("consecutiveYears"))
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(
            sections.map { $0["kind"] as? String } == ["headline", "recommendations", "prosecution", "protection", "prevention", "profile"])
        let paragraphs = try #require(sections[2]["paragraphs"] as? [[String: Any]])
        let sentence = try #require((paragraphs[0]["sentences"] as? [[String: Any]])?.first)
        #expect(sentence["text"] as? String == "The regime maintained prosecution efforts.")
        #expect(sentence["range"] != nil)
        #expect((json["recommendations"] as? [String])?.count == 11)
        let source = try #require(json["source"] as? [String: Any])
        #expect(source["format"] as? String == "text")
        #expect((source["sha256"] as? String)?.count == 64)
    }

    @Test func jsonIsByteIdenticalAcrossRuns() throws {
        let first = try Run(["parse", "Reports/2025", "--format", "json"])
        let second = try Run(["parse", "Reports/2025", "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test func aFolderGivesAnArrayEvenWithOneEdition() throws {
        for command in ["parse", "stats"] {
            let folder = try Run([command, "Reports/2025", "--format", "json"])
            let file = try Run([command, "Reports/2025/cuba.txt", "--format", "json"])
            #expect(try JSONSerialization.jsonObject(with: Data(folder.stdout.utf8)) is [Any], "\(command) of a folder")
            #expect(try JSONSerialization.jsonObject(with: Data(file.stdout.utf8)) is [String: Any], "\(command) of a file")
        }
    }

    @Test func missingPathExitsWithTwo() throws {
        let run = try Run(["parse", "Reports/1999/atlantis.txt"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Reports/1999/atlantis.txt: error: no such file or folder"))
    }

    @Test func folderWithoutEditionsExitsWithTwo() throws {
        let folder = try temporaryFolder()
        let run = try Run(["parse", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(folder.path): error: no editions here"))
    }

    @Test func binaryFileExitsWithTwo() throws {
        let file = try temporaryFolder().appendingPathComponent("cuba.txt")
        try Data([0x43, 0x55, 0x00, 0xff]).write(to: file)
        let run = try Run(["parse", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path):1:3: error: binary data"))
    }

    @Test func nonUTF8FileExitsWithTwo() throws {
        let file = try temporaryFolder().appendingPathComponent("cuba.txt")
        try Data([0x43, 0x55, 0x42, 0x41, 0x0a, 0x41, 0xe9, 0x41]).write(to: file)
        let run = try Run(["parse", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path):2:2: error: not valid UTF-8"))
    }

    @Test func emptyFileExitsWithTwo() throws {
        let file = try temporaryFolder().appendingPathComponent("cuba.txt")
        try Data().write(to: file)
        let run = try Run(["parse", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path): error: empty file"))
    }

    @Test func textWithoutNarrativeExitsWithTwo() throws {
        let file = try temporaryFolder().appendingPathComponent("cuba.txt")
        try Data("Nothing to see here.\n".utf8).write(to: file)
        let run = try Run(["parse", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path): error: no recognisable narrative"))
    }

    @Test func unknownOptionExitsWithTwo() throws {
        let run = try Run(["parse", "Reports/2025/cuba.txt", "--format", "yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("yaml"))
    }
}
