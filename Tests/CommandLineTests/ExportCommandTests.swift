/// `tipdiff export`: the shipped archive into a database and a panel, and a path it must not replace.
import Foundation
import Testing

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
}
