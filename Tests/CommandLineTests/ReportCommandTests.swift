import Foundation
import Testing

/// `tipdiff report`: the main job, on the editions shipped in Reports/.
@Suite struct ReportCommandTests {
    @Test func defaultReportComparesTheNewestYearsWithEveryNote() throws {
        let folder = try temporaryFolder()
        let xml = folder.appendingPathComponent("r.xml").path
        let html = folder.appendingPathComponent("r.html").path
        let markdown = folder.appendingPathComponent("r.md").path
        let csv = folder.appendingPathComponent("changes.csv").path
        let run = try Run(["report", "-o", xml, "--html", html, "--markdown", markdown, "--csv", csv])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("compared Reports/2024 → Reports/2025: 1 country"))
        #expect(run.stdout.contains("notes: 12 placed, 0 orphaned (from 1 file)"))
        let written = try String(contentsOfFile: xml, encoding: .utf8)
        #expect(written.contains("<report version=\"1\""))
        #expect(written.contains("path=\"Annotations/cuba-2025.yaml\""))
        #expect(FileManager.default.fileExists(atPath: html))
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("# Cuba: what changed from 2024 to 2025"))
        // A byte-order mark for spreadsheet programs, then the columns a person reads first.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("country,section,change,label,old,new,difference,notes,id,kind,"))
    }

    @Test func noBomLeavesTheByteOrderMarkOutOfTheCSVForScripts() throws {
        let folder = try temporaryFolder()
        let csv = folder.appendingPathComponent("changes.csv").path
        let run = try Run(["report", "--no-bom", "-o", folder.appendingPathComponent("r.xml").path, "--csv", csv])
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("country,section,change,"))
        #expect(bytes.first == UInt8(ascii: "c"))
    }

    @Test func twoRunsInSeparateProcessesWriteTheSameBytes() throws {
        var outputs: [[Data]] = []
        for _ in 0..<2 {
            let folder = try temporaryFolder()
            let paths = ["r.xml", "r.html", "r.md", "r.csv"].map { folder.appendingPathComponent($0).path }
            let run = try Run(["report", "-o", paths[0], "--html", paths[1], "--markdown", paths[2], "--csv", paths[3]])
            #expect(run.status == 0, "\(run.stderr)")
            outputs.append(try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) })
        }
        #expect(outputs[0].allSatisfy { !$0.isEmpty })
        #expect(outputs[0] == outputs[1])
    }

    @Test func missingAnnotationFileIsTroubleAndWritesNothing() throws {
        let folder = try temporaryFolder()
        let xml = folder.appendingPathComponent("r.xml").path
        let run = try Run(["report", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt", "--annotations", "Annotations/none.yaml", "-o", xml])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Annotations/none.yaml: error: no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: xml))
    }

    @Test func aPartialFolderPairReportsNotComparedAndNoDroppedCountries() throws {
        let root = try temporaryFolder()
        let seed = try String(contentsOf: Run.root.appendingPathComponent("Reports/2025/cuba.txt"), encoding: .utf8)
        for (path, text) in [
            ("2025/cuba.txt", seed), ("2025/haiti.txt", seed.replacingOccurrences(of: "Cuba", with: "Haiti")),
            ("2026/cuba.txt", seed.replacingOccurrences(of: "investigated 14 domestic", with: "investigated 15 domestic")),
        ] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let out = try temporaryFolder()
        let paths = ["r.xml", "r.html", "r.md", "c.csv"].map { out.appendingPathComponent($0).path }
        let run = try Run([
            "report", root.appendingPathComponent("2025").path, root.appendingPathComponent("2026").path, "--annotations",
            "Annotations", "-o", paths[0], "--html", paths[1], "--markdown", paths[2], "--csv", paths[3],
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1 country (1 not compared: in one folder only)"))
        let xml = try String(contentsOfFile: paths[0], encoding: .utf8)
        #expect(xml.contains("<not-compared name=\"Haiti\""))
        #expect(!xml.contains("<country-change"))
        #expect(!(try String(contentsOfFile: paths[1], encoding: .utf8)).contains("no longer covered"))
    }

    @Test func pagesGiveAnIndexAndAPagePerCountryWhoseLinksLand() throws {
        let out = try temporaryFolder()
        let paths = ["r.xml", "r.html", "r.md", "c.csv"].map { out.appendingPathComponent($0).path }
        let run = try Run(["report", "-o", paths[0], "--html", paths[1], "--markdown", paths[2], "--csv", paths[3], "--pages"])
        #expect(run.status == 0, "\(run.stderr)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let country = try String(contentsOf: out.appendingPathComponent("countries/cuba.html"), encoding: .utf8)
        #expect(index.contains("Trafficking in Persons report: changes Cuba 2024 → 2025"))
        #expect(country.contains("<a href=\"../index.html\">"))
        #expect(country.contains("<title>Cuba: changes 2024 → 2025 (Trafficking in Persons report)</title>"))
        #expect(country.contains("<h1>Cuba: changes 2024 → 2025</h1>"))
        #expect(!country.contains("href=\"#index\""), "no link to an index the page does not hold")
    }
}
