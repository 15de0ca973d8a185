import Foundation
import Testing

/// `tipdiff export`: the shipped archive into a database and a panel, and a path it must not replace.
@Suite struct ExportCommandTests {
    @Test func exportWritesTheDatabaseAndThePanelAndSaysWhatIsMissing() throws {
        let folder = try temporaryFolder()
        let db = folder.appendingPathComponent("tip.sqlite").path
        let panel = folder.appendingPathComponent("panel.csv").path
        let run = try Run(["export", "--db", db, "--panel", panel])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("exported Reports: 2 editions (2 read, 0 unchanged since the last export), 42 changes"))
        #expect(run.stdout.contains("wrote \(db) and \(panel) (2 rows)"))
        #expect(run.stdout.contains("missing (placed in the tier tables, no edition): 2024: "))
        let panelText = try String(contentsOfFile: panel, encoding: .utf8)
        #expect(panelText.split(separator: "\r\n").count == 3)
        #expect(panelText.contains("\r\nCuba,2025,Tier 3,remained,not making significant efforts,maintained,maintained,maintained,"))

        let again = try Run(["export", "--db", db])
        #expect(again.stdout.hasPrefix("exported Reports: 2 editions (0 read, 2 unchanged since the last export)"))
    }

    @Test func exportRefusesToReplaceAFileThatIsNotADataset() throws {
        let folder = try temporaryFolder()
        let db = folder.appendingPathComponent("thesis.sqlite")
        try Data("chapter one\n".utf8).write(to: db)
        let run = try Run(["export", "--db", db.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(db.path): error: not a tipdiff dataset"))
        #expect(try String(contentsOf: db, encoding: .utf8) == "chapter one\n")
    }

    @Test func aFifoAtTheDatabasePathIsRefusedAtOnce() throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("tip.sqlite").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let process = Process()
        process.executableURL = Run.executable
        process.arguments = ["export", "--db", fifo]
        process.currentDirectoryURL = Run.root
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 2, "\(message)")
        #expect(message.hasPrefix("\(fifo): error: not a regular file (a FIFO): a dataset is a file saved on disk"), "\(message)")
    }

    @Test func anInterruptedExportLeavesNoTemporaryDatabase() throws {
        let folder = try temporaryFolder()
        let db = folder.appendingPathComponent("tip.sqlite").path
        var interrupted = 0
        for _ in 0..<10 where interrupted == 0 {
            let process = Process()
            process.executableURL = Run.executable
            process.arguments = ["export", "--db", db]
            process.currentDirectoryURL = Run.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let temporary = folder.appendingPathComponent(".tip.sqlite.tipdiff-\(process.processIdentifier).tmp").path
            while process.isRunning && access(temporary, F_OK) != 0 { usleep(200) }
            let caught = process.isRunning
            if caught { kill(process.processIdentifier, SIGTERM) }
            process.waitUntilExit()
            if caught {
                interrupted += 1
                #expect(
                    process.terminationStatus == 128 + SIGTERM
                        || (process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM), "ended by the signal")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
        }
        #expect(interrupted > 0, "an export was caught while writing")
    }
}
