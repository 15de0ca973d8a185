import Foundation
import Testing

/// Writers that never lose a note or clobber a file, and inputs that cannot hang the tool.
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

    @Test func reportNeverWritesThroughALinkInItsOwnFolderButFollowsOneYouName() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let thesis = folder.appendingPathComponent("thesis.html").path
        try Data("chapter one\n".utf8).write(to: URL(fileURLWithPath: thesis))
        #expect(chmod(thesis, 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("report.html").path, withDestinationPath: thesis)
        let editions = ["2024", "2025"].map { Run.root.appendingPathComponent("Reports/\($0)/cuba.txt").path }
        let run = try Run(["report"] + editions, in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("out/report.html: error: cannot write: it is a symbolic link to \(thesis)"), "\(run.stderr)")
        #expect(try String(contentsOfFile: thesis, encoding: .utf8) == "chapter one\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["report.html"], "no output written")

        let named = try Run(["report"] + editions + ["--html", "out/report.html"], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("report.html").path) == thesis)
        #expect(try String(contentsOfFile: thesis, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.attributesOfItem(atPath: thesis)[.posixPermissions] as? Int == 0o640)
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

    @Test func splitChecksEveryNarrativesPlaceBeforeWritingAndKeepsTheFoldersOtherFiles() throws {
        let out = try temporaryFolder()
        let year = out.appendingPathComponent("2026")
        try FileManager.default.createDirectory(at: year.appendingPathComponent("south-korea.txt"), withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: year.appendingPathComponent("cuba.txt"))
        try Data("mine".utf8).write(to: year.appendingPathComponent("readme.md"))
        let refused = try Run(["split", "examples/tip-2026.txt", "--year", "2026", "--out", out.path, "--force"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("south-korea.txt: error: cannot write: it is a folder, not a narrative"), "\(refused.stderr)")
        #expect(try String(contentsOf: year.appendingPathComponent("cuba.txt"), encoding: .utf8) == "kept", "nothing written")
        try FileManager.default.removeItem(at: year.appendingPathComponent("south-korea.txt"))
        let run = try Run(["split", "examples/tip-2026.txt", "--year", "2026", "--out", out.path, "--force"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: year.appendingPathComponent("cuba.txt"), encoding: .utf8) != "kept")
        #expect(try String(contentsOf: year.appendingPathComponent("readme.md"), encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["2026"], "no hidden folder left")
    }

    @Test func aNotesFileWithTwoNamesInTwoFoldersIsRefusedAndNoAddThatSucceedsIsLost() throws {
        let folders = [try temporaryFolder(), try temporaryFolder()]
        let names = [folders[0].appendingPathComponent("a.yaml").path, folders[1].appendingPathComponent("b.yaml").path]
        let original = "edition: Reports/2025/cuba.txt\nnotes:\n  - id: one\n    note: x\n    anchor: {tier: true}\n"
        try Data(original.utf8).write(to: URL(fileURLWithPath: names[0]))
        #expect(link(names[0], names[1]) == 0)
        let watching = Watch()
        let reader = Thread {
            while !watching.isDone {
                for name in names where !((try? Data(contentsOf: URL(fileURLWithPath: name))) ?? Data()).starts(with: Data(original.utf8)) {
                    watching.sawDamage()
                }
            }
        }
        reader.start()
        let processes = try (0..<12).map { index -> (Process, Pipe) in
            let process = Process()
            process.executableURL = Run.executable
            process.arguments = ["annotate", "add", names[index % 2], "--tier", "--id", "note-\(index)", "--note", "n\(index)"]
            process.currentDirectoryURL = Run.root
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        let messages = processes.map { process, errors in
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        watching.done()
        while !reader.isFinished { usleep(1000) }
        #expect(!watching.damaged, "a reader saw a name of the file empty or cut")
        for (index, (status, message)) in messages.enumerated() {
            #expect(status == 2, "add \(index) exited \(status): \(message)")
            #expect(message.contains("\(names[index % 2]): error: cannot write: it has 2 names (hard links)"), "\(message)")
        }
        for name in names { #expect(try String(contentsOfFile: name, encoding: .utf8) == original) }
        var info = stat()
        #expect(stat(names[1], &info) == 0 && info.st_nlink == 2, "still one file with two names")
    }
}

/// What a reading thread saw while writers ran.
private final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private var damage = false
    var isDone: Bool { lock.withLock { finished } }
    var damaged: Bool { lock.withLock { damage } }
    func done() { lock.withLock { finished = true } }
    func sawDamage() { lock.withLock { damage = true } }
}
