import Foundation
import Testing

/// `tipdiff annotate check` and `annotate add` end to end.
@Suite struct AnnotateCommandTests {
    @Test func shippedNotesAllLandOnTheSeed() throws {
        let run = try Run([
            "annotate", "check", "Annotations/cuba-2025.yaml", "--edition", "Reports/2025/cuba.txt", "--old", "Reports/2024/cuba.txt",
            "--strict",
        ])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("summary: 12 exact"))
    }

    @Test func jsonGivesStateAndLocation() throws {
        let run = try Run(["annotate", "check", "Annotations/cuba-2025.yaml", "--edition", "Reports/2024/cuba.txt", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let notes = try #require(json.first?["notes"] as? [[String: Any]])
        let byId = Dictionary(uniqueKeysWithValues: notes.map { ($0["id"] as! String, $0) })
        #expect(byId["wage-share"]?["state"] as? String == "exact")
        #expect(byId["wage-share"]?["section"] as? String == "profile")
        #expect(byId["russia-recruitment"]?["state"] as? String == "orphaned")
        #expect((byId["labor-inspections"]?["key"] as? String) == "prevention.labor-inspections")
        #expect(byId["hotline"]?["range"] != nil)
    }

    @Test func strictExitsOneWhenANoteIsOrphaned() throws {
        let run = try Run(["annotate", "check", "Annotations/cuba-2025.yaml", "--edition", "Reports/2024/cuba.txt", "--strict"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("orphaned russia-recruitment"))
    }

    @Test func malformedFileExitsTwoWithItsLocation() throws {
        let file = try temporaryFolder().appendingPathComponent("bad.yaml")
        try Data("notes:\n  - id: one\n    note: x\n    anchr: {tier: true}\n".utf8).write(to: file)
        let run = try Run(["annotate", "check", file.path, "--edition", "Reports/2025/cuba.txt"])
        #expect(run.status == 2)
        #expect(
            run.stderr.hasPrefix(
                "\(file.path):4:5: error: unknown key 'anchr' in a note (did you mean 'anchor'?)\n    anchr: {tier: true}\n    ^"))
    }

    @Test func addAppendsAQuoteNoteFoundInTheEdition() throws {
        let file = try temporaryFolder().appendingPathComponent("notes.yaml")
        let original = "# mine\nedition: Reports/2025/cuba.txt\nnotes:\n  - id: first\n    note: kept\n    anchor: {tier: true}\n"
        try Data(original.utf8).write(to: file)
        let run = try Run([
            "annotate", "add", file.path, "--quote", "approximately 85 state-affiliated entities", "--note", "Check the count.", "--author",
            "R. Reviewer", "--tag", "profile", "--date", "2026-11-29",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("added note approximately-85-state-affiliated to \(file.path) (profile, sentence"))
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix(original))
        #expect(written.contains("    quote: \"approximately 85 state-affiliated entities\""))
    }

    @Test func addAndCheckRefuseTheYear0000WithItsLineAndColumn() throws {
        // Accepted before, then the report failed its own schema (xs:date has no year 0000).
        let file = try temporaryFolder().appendingPathComponent("notes.yaml")
        let original = "edition: Reports/2025/cuba.txt\nnotes:\n  - id: first\n    note: kept\n    anchor: {tier: true}\n"
        try Data(original.utf8).write(to: file)
        let add = try Run(["annotate", "add", file.path, "--tier", "--note", "x", "--date", "0000-01-01"])
        #expect(add.status == 2)
        #expect(add.stderr.contains("bad date '0000-01-01': expected YYYY-MM-DD, a real calendar day"), "\(add.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        try Data((original + "  - id: second\n    note: y\n    date: 0000-01-01\n    anchor: {tier: true}\n").utf8).write(to: file)
        let check = try Run(["annotate", "check", file.path, "--edition", "Reports/2025/cuba.txt"])
        #expect(check.status == 2)
        #expect(check.stderr.contains("\(file.path):8:11: error: bad date '0000-01-01'"), "\(check.stderr)")
    }

    @Test func addRefusesAQuoteNotInTheEditionAndKeepsTheFile() throws {
        let file = try temporaryFolder().appendingPathComponent("notes.yaml")
        let original = "edition: Reports/2025/cuba.txt\nnotes:\n  - id: first\n    note: kept\n    anchor: {tier: true}\n"
        try Data(original.utf8).write(to: file)
        let run = try Run(["annotate", "add", file.path, "--quote", "words the report never used", "--note", "x"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not added: the quote anchor is not found in Reports/2025/cuba.txt"))
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
    }

    @Test func aQuoteThatOccursManyTimesIsRefusedWithItsCount() throws {
        let notes = try temporaryFolder().appendingPathComponent("n.yaml").path
        let run = try Run(["annotate", "add", notes, "--quote", "the regime", "--note", "x", "--edition", "Reports/2025/cuba.txt"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("the quote occurs 20 times"))
        #expect(!FileManager.default.fileExists(atPath: notes))
        let chosen = try Run([
            "annotate", "add", notes, "--quote", "the regime", "--prefix", "Despite this", "--note", "x", "--edition",
            "Reports/2025/cuba.txt",
        ])
        #expect(chosen.status == 0, "\(chosen.stderr)")
    }

    @Test func checkExitsOneWhenANoteNoLongerLandsOnItsOwnEdition() throws {
        let notes = try temporaryFolder().appendingPathComponent("n.yaml").path
        try Data(
            "edition: Reports/2025/cuba.txt\nnotes:\n  - id: gone\n    note: x\n    anchor: {quote: \"a sentence about lighthouses\"}\n"
                .utf8
        ).write(to: URL(fileURLWithPath: notes))
        let run = try Run(["annotate", "check", notes, "--edition", "Reports/2025/cuba.txt"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("orphaned gone"))
        let shipped = try Run(["annotate", "check", "Annotations/cuba-2025.yaml", "--edition", "Reports/2025/cuba.txt"])
        #expect(shipped.status == 0, "change ids need --old; every other note lands exactly")
    }

    @Test(arguments: [[], ["--strict"]])
    func checkingAFolderWithoutNotesFilesIsAnErrorNamingIt(extra: [String]) throws {
        let folder = try temporaryFolder()
        try Data("not notes".utf8).write(to: folder.appendingPathComponent("README.txt"))
        let run = try Run(["annotate", "check", folder.path, "--edition", "Reports/2025/cuba.txt"] + extra)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(folder.path): error: no notes files (.yaml or .yml) in this folder"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
