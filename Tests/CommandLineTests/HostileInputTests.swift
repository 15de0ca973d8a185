import Foundation
import Testing

/// Inputs that used to take quadratic time or memory now finish. Sizes are generous and fixed; the
/// benchmark in Tools/ measures the times, these tests only require an answer.
@Suite struct HostileInputTests {
    private func write(_ name: String, _ text: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private let headline =
        "The Government of Cuba does not fully meet the minimum standards for the elimination of trafficking and is not making significant efforts to do so. Cuba remained on Tier 3.\n\nPROSECUTION\n\n"

    @Test func manyParagraphsWithTheSameFigureDiff() throws {
        let folder = try temporaryFolder()
        let body = (0..<20_000).map { "Authorities identified \($0 % 7) victims." }.joined(separator: "\n\n")
        let old = try write("old.txt", headline + body, in: folder)
        let new = try write("new.txt", headline + body.replacingOccurrences(of: "identified 3", with: "identified 4"), in: folder)
        let run = try Run(["diff", old, new, "--format", "json"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("\"kind\" : \"statistic-changed\""))
    }

    @Test func deeplyNestedQuotationMarksParse() throws {
        let folder = try temporaryFolder()
        let nested =
            String(repeating: "“", count: 32_000) + "The regime maintained prosecution efforts." + String(repeating: "”", count: 32_000)
        let path = try write("nested.txt", headline + nested + "\n", in: folder)
        let run = try Run(["parse", path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func longDottedRunsAndLongParenthesesSegment() throws {
        let folder = try temporaryFolder()
        let dotted = String(repeating: "a.", count: 40_000)
        let parenthesis = "(" + String(repeating: "One. Two. ", count: 20_000) + ")"
        let path = try write("dots.txt", headline + dotted + " " + parenthesis + " The end.\n", in: folder)
        let run = try Run(["parse", path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func aLongQuoteIsPlacedOrOrphanedWithoutStalling() throws {
        let folder = try temporaryFolder()
        let sentence = (0..<20_000).map { ["forced", "labor", "victims", "regime", "workers"][$0 % 5] }.joined(separator: " ") + "."
        let edition = try write("cuba.txt", headline + "The regime maintained prosecution efforts. " + sentence + "\n", in: folder)
        let quote = (0..<1_500).map { ["labor", "forced", "workers", "victims", "regime"][$0 % 5] }.joined(separator: " ")
        let notes = try write("notes.yaml", "notes:\n  - id: long\n    note: x\n    anchor: {quote: \"\(quote)\"}\n", in: folder)
        let run = try Run(["annotate", "check", notes, "--edition", edition])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("long"))
    }
}

@Suite struct YearFolderHygieneTests {
    @Test func aSavedIndexPageInAYearFolderIsSkippedWithAWarning() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            at: Run.root.appendingPathComponent("Reports/2025/cuba.txt"), to: folder.appendingPathComponent("cuba.txt"))
        let page =
            "<html><body><h1>U.S. Department of State</h1><p>The Government of the United States of America fully meets the minimum standards.</p></body></html>"
        try Data(page.utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("Notes for the team: nothing here is a narrative.\n".utf8).write(to: folder.appendingPathComponent("readme.txt"))
        let run = try Run(["parse", folder.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let editions = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(editions.map { $0["country"] as? String } == ["Cuba"])
        #expect(run.stderr.contains("index.html: warning:"))
        #expect(run.stderr.contains("readme.txt: warning: no narrative in this file: skipped"))
    }

    @Test func aFigureBeyondAnyCountIsNoStatistic() throws {
        let folder = try temporaryFolder()
        let huge = "1" + String(repeating: "0", count: 400)
        let text =
            "Cuba: Tier 3\nThe Government of Cuba does not fully meet the minimum standards for the elimination of trafficking and is not making significant efforts to do so. Cuba remained on Tier 3.\n\nPROSECUTION\n\nThe regime maintained prosecution efforts. Authorities identified \(huge) victims and spent $4 billion.\n"
        let path = folder.appendingPathComponent("cuba.txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let run = try Run(["stats", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("inf"))
        #expect(run.stdout.components(separatedBy: "\"value\"").count == 2, "only the $4 billion")
    }

    @Test func controlCharactersInDataFilesNeverReachTheTerminal() throws {
        let data = try temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Run.root.appendingPathComponent("Reports/tiers").path) {
            var text = try String(contentsOf: Run.root.appendingPathComponent("Reports/tiers/\(name)"), encoding: .utf8)
            if name == "countries.csv" { text = text.replacingOccurrences(of: "\nAlgeria,", with: "\nAlgeria\u{1B}[31m,") }
            try Data(text.utf8).write(to: data.appendingPathComponent(name))
        }
        let run = try Run(["tiers", "2023", "2024", "--data", data.path])
        #expect(!run.stdout.contains("\u{1B}") && !run.stderr.contains("\u{1B}"))
    }

    @Test func bidirectionalControlsReachTheTerminalEscaped() throws {
        let seed = try String(contentsOf: Run.root.appendingPathComponent("Reports/2025/cuba.txt"), encoding: .utf8)
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("cuba.txt").path
        try Data(seed.replacingOccurrences(of: "Cease threats", with: "Cease\u{202E} threats\u{2066}").utf8).write(
            to: URL(fileURLWithPath: path))
        let text = try Run(["parse", path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("1. Cease\\u{202E} threats\\u{2066}"), "\(text.stdout)")
        #expect(!text.stdout.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x2066 })
        // JSON escapes them the JSON way: no raw control in the bytes, the same string once decoded.
        let json = try Run(["parse", path, "--format", "json"])
        #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x2066 })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["recommendations"] as? [String])?.first?.hasPrefix("Cease\u{202E} threats\u{2066}") == true)
    }
}
