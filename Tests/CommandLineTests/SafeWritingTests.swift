/// Writers that never lose a note or clobber a file, and inputs that cannot hang the tool.
import Foundation
import Testing

@Suite struct SafeWritingTests {
    @Test func tenParallelAddsKeepEveryNote() throws {
        let folder = try temporaryFolder()
        let notes = folder.appendingPathComponent("notes.yaml").path
        let processes = try (0..<10).map { index -> Process in
            let process = Process()
            process.executableURL = Run.executable
            process.arguments = [
                "annotate", "add", notes, "--section", "prevention", "--id", "note-\(index)", "--note", "n\(index)", "--edition",
                "Reports/2025/cuba.txt",
            ]
            process.currentDirectoryURL = Run.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let check = try Run(["annotate", "check", notes, "--edition", "Reports/2025/cuba.txt", "--format", "csv"])
        let ids = Set(check.stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").dropFirst(2).first })
        #expect(ids == Set((0..<10).map { Substring("note-\($0)") }))
    }

    @Test func addFollowsASymlinkAndKeepsModeAndLineEnds() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("real.yaml").path
        let link = folder.appendingPathComponent("link.yaml").path
        let original = "edition: Reports/2025/cuba.txt\r\nnotes:\r\n  - id: one\r\n    note: x\r\n    anchor: {tier: true}\r\n"
        try Data(original.utf8).write(to: URL(fileURLWithPath: target))
        #expect(chmod(target, 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try Run(["annotate", "add", link, "--tier", "--id", "two", "--note", "y"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target, "the link is still a link")
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.hasPrefix(original))
        #expect(text.contains("  - id: \"two\"\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF added")
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func reportRefusesToOverwriteAnInputOrToWriteTwoOutputsToOnePath() throws {
        let before = try Data(contentsOf: Run.root.appendingPathComponent("Reports/2025/cuba.txt"))
        let clobber = try Run(["report", "-o", "Reports/2025/cuba.txt"])
        #expect(clobber.status == 2)
        #expect(clobber.stderr.contains("Reports/2025/cuba.txt: error: cannot write: it is one of the inputs"))
        #expect(try Data(contentsOf: Run.root.appendingPathComponent("Reports/2025/cuba.txt")) == before)
        let notes = try Run(["report", "--markdown", "Annotations/cuba-2025.yaml"])
        #expect(notes.status == 2)
        let folder = try temporaryFolder()
        let same = folder.appendingPathComponent("x").path
        let twice = try Run(["report", "-o", same, "--html", same])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("each output needs its own path"))
        #expect(!FileManager.default.fileExists(atPath: same))
    }

    @Test func reportWritesToADeviceWithoutReplacingIt() throws {
        let folder = try temporaryFolder()
        let markdown = folder.appendingPathComponent("r.md").path
        let csv = folder.appendingPathComponent("r.csv").path
        let run = try Run(["report", "-o", "/dev/null", "--html", "/dev/null", "--markdown", markdown, "--csv", csv])
        #expect(run.status == 0, "\(run.stderr)")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test func aFifoIsRefusedAtOnce() throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("cuba.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try Run(["parse", fifo])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(fifo): error: cannot read: not a regular file (a FIFO)"))
        let notes = folder.appendingPathComponent("n.yaml").path
        #expect(mkfifo(notes, 0o600) == 0)
        let check = try Run(["annotate", "check", notes, "--edition", "Reports/2025/cuba.txt"])
        #expect(check.status == 2)
        #expect(check.stderr.contains("not a regular file (a FIFO)"))
    }

    @Test func splitRefusesToReplaceEditionsWithoutForce() throws {
        let out = try temporaryFolder().path
        #expect(try Run(["split", "examples/tip-2026.txt", "--year", "2026", "--out", out]).status == 0)
        let path = out + "/2026/cuba.txt"
        try Data("kept".utf8).write(to: URL(fileURLWithPath: path))
        let again = try Run(["split", "examples/tip-2026.txt", "--year", "2026", "--out", out])
        #expect(again.status == 2)
        #expect(again.stderr.contains("give --force to replace them"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")
        #expect(try Run(["split", "examples/tip-2026.txt", "--year", "2026", "--out", out, "--force"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) != "kept")
        #expect(try Run(["split", "examples/tip-2026.txt", "--year=1999", "--out", out]).status != 0)
    }

    @Test func addKeepsAHardLinkLinked() throws {
        let folder = try temporaryFolder()
        let first = folder.appendingPathComponent("a.yaml").path
        let second = folder.appendingPathComponent("b.yaml").path
        try Data("edition: Reports/2025/cuba.txt\nnotes:\n  - id: one\n    note: x\n    anchor: {tier: true}\n".utf8)
            .write(to: URL(fileURLWithPath: first))
        #expect(link(first, second) == 0)
        let run = try Run(["annotate", "add", first, "--tier", "--id", "two", "--note", "y"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: second, encoding: .utf8).contains("two"), "the other name sees the new note")
    }
}
