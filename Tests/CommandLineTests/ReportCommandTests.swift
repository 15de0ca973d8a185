/// `tipdiff report`: the main job, on the editions shipped in Reports/.
import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func defaultReportComparesTheNewestYearsWithEveryNote() throws {
        let folder = try temporaryFolder()
        let xml = folder.appendingPathComponent("r.xml").path
        let html = folder.appendingPathComponent("r.html").path
        let markdown = folder.appendingPathComponent("r.md").path
        let run = try Run(["report", "-o", xml, "--html", html, "--markdown", markdown])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("compared Reports/2024 → Reports/2025: 1 country"))
        #expect(run.stdout.contains("notes: 12 placed, 0 orphaned (from 1 file)"))
        let written = try String(contentsOfFile: xml, encoding: .utf8)
        #expect(written.contains("<report version=\"1\""))
        #expect(written.contains("path=\"Annotations/cuba-2025.yaml\""))
        #expect(FileManager.default.fileExists(atPath: html))
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("# Changes: Cuba: 2024 → 2025"))
    }

    @Test func missingAnnotationFileIsTroubleAndWritesNothing() throws {
        let folder = try temporaryFolder()
        let xml = folder.appendingPathComponent("r.xml").path
        let run = try Run(["report", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt", "--annotations", "Annotations/none.yaml", "-o", xml])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Annotations/none.yaml: error: no such file or folder"))
        #expect(!FileManager.default.fileExists(atPath: xml))
    }
}
