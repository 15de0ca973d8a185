import Foundation
import Testing

/// `tipdiff diff`: exit codes as diff(1), JSON schema, redline and Markdown.
@Suite struct DiffCommandTests {
    private func editedSeed(_ edit: (String) -> String) throws -> URL {
        let seed = try String(contentsOf: Run.root.appendingPathComponent("Reports/2025/cuba.txt"), encoding: .utf8)
        let folder = try temporaryFolder().appendingPathComponent("2024")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("cuba.txt")
        try Data(edit(seed).utf8).write(to: file)
        return file
    }

    @Test func identicalEditionsExitZero() throws {
        let run = try Run(["diff", "Reports/2025/cuba.txt", "Reports/2025/cuba.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("summary: no changes"))
    }

    @Test func changedEditionsExitOneWithARedline() throws {
        let old = try editedSeed {
            $0.replacingOccurrences(of: "investigated 14 domestic", with: "investigated 9 domestic")
                .replacingOccurrences(of: "did not report having procedures", with: "did not report having any procedures")
        }
        let run = try Run(["diff", old.path, "Reports/2025/cuba.txt"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("statistic Investigations, domestic [prosecution.investigations.domestic]: 9 → 14 (+5, +55.6%)"))
        #expect(run.stdout.contains("having [-any-] procedures"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func jsonHasSummaryAndChanges() throws {
        let old = try editedSeed { $0.replacingOccurrences(of: "conducted 1,818 labor", with: "conducted 1818 labor") }
        let run = try Run(["diff", old.path, "Reports/2025/cuba.txt", "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int]) == ["format-only": 1])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes[0]["kind"] as? String == "format-only")
        #expect((changes[0]["id"] as? String)?.hasPrefix("format-only-") == true)
        #expect(changes[0]["oldValue"] as? Double == 1818)
        #expect(changes[0]["section"] as? String == "prevention")
    }

    @Test func markdownPutsCountsFirst() throws {
        let old = try editedSeed { $0.replacingOccurrences(of: "Cuba remained on Tier 3.", with: "Cuba remained on Tier 2 Watch List.") }
        let run = try Run(["diff", old.path, "Reports/2025/cuba.txt", "--format", "markdown"])
        #expect(run.status == 1)
        let lines = run.stdout.components(separatedBy: "\n")
        #expect(lines[0] == "# Changes: Cuba: 2024 → 2025")
        #expect(lines[2] == "| change | count |")
        #expect(run.stdout.contains("| tier | 1 |"))
        // The sentence that states the placement is the tier change itself, not also a modified sentence.
        #expect(!run.stdout.contains("sentence-modified"))
        #expect(
            run.stdout.contains(
                "- **Tier:** Tier 2 Watch List (remained; policy or pattern) → Tier 3 (remained; policy or pattern) (downgrade)"))
    }

    @Test func troubleExitsTwo() throws {
        let run = try Run(["diff", "Reports/2025/cuba.txt", "Reports/1999/atlantis.txt"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Reports/1999/atlantis.txt: error: no such file or folder"))
        #expect(run.stdout.isEmpty)
    }
}

/// Whether util-linux `script` is there to give the binary a pseudo-terminal.
let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

@Suite struct ColourTests {
    /// Runs the diff on a pseudo-terminal (util-linux `script`), as a person would see it.
    private func onTerminal(_ environment: [String: String]) throws -> Run {
        let command = "\(Run.executable.path) diff Reports/2024/cuba.txt Reports/2025/cuba.txt"
        return try Run(["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"), environment: environment)
    }

    @Test(.enabled(if: hasScript, "needs /usr/bin/script for a pseudo-terminal"))
    func colourOnATerminal() throws {
        let run = try onTerminal(["NO_COLOR": ""])
        #expect(run.stdout.contains("\u{1B}[31m[-"))
        #expect(run.stdout.contains("\u{1B}[32m{+"))
    }

    @Test(.enabled(if: hasScript, "needs /usr/bin/script for a pseudo-terminal"))
    func noColourWhenNoColorIsSet() throws {
        let run = try onTerminal(["NO_COLOR": "1"])
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.contains("[-"))
    }

    @Test func noColourIntoAPipe() throws {
        let run = try Run(["diff", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt"], environment: ["NO_COLOR": ""])
        #expect(!run.stdout.contains("\u{1B}["))
    }
}

@Suite struct SelectionTests {
    @Test func kindsKeepOnlyWhatTheyName() throws {
        let run = try Run(["diff", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt", "--kinds", "tier,verdict", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let kinds = Set((json["changes"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
        #expect(kinds == ["tier", "verdict"])
    }

    @Test func earlierFiguresCanBeLeftOut() throws {
        let run = try Run(["diff", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt", "--no-earlier-figures", "--format", "json"])
        #expect(!run.stdout.contains("\"prior\" : true"))
        let all = try Run(["diff", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt", "--format", "json"])
        #expect(all.stdout.contains("\"prior\" : true"))
    }

    @Test func anUnknownCountryIsRefusedWithASuggestion() throws {
        let run = try Run(["diff", "Reports/2024", "Reports/2025", "--country", "Cubba"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown country 'Cubba' (did you mean 'Cuba'?)"))
    }

    @Test func aCountryFilterKeepsThatCountry() throws {
        let run = try Run(["diff", "Reports/2024", "Reports/2025", "--country", "cuba", "--format", "json"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("\"country\" : \"Cuba\""))
        let none = try Run(["diff", "Reports/2024", "Reports/2025", "--country", "Haiti", "--format", "json"])
        #expect(none.status == 0, "Haiti has no editions here: nothing compared, nothing changed")
    }

    @Test func noProgressIntoAPipe() throws {
        let folder = try temporaryFolder()
        let paths = ["r.xml", "r.html", "r.md", "c.csv"].map { folder.appendingPathComponent($0).path }
        let run = try Run(["report", "-o", paths[0], "--html", paths[1], "--markdown", paths[2], "--csv", paths[3]])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }
}
