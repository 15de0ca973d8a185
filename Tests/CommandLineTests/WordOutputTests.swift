import Foundation
import Testing

/// `tipdiff report --docx` and `--chart`: the Word document among the default outputs, the chart as CSV or
/// Word by its extension, and a chart of any other kind refused before anything is read.
@Suite struct WordOutputTests {
    @Test func theWordDocumentIsWrittenBesideTheOtherOutputsAndTheChartAsCSV() throws {
        let folder = try temporaryFolder()
        let xml = folder.appendingPathComponent("r.xml").path
        let chart = folder.appendingPathComponent("chart.csv").path
        let run = try Run(["report", "-o", xml, "--chart", chart])
        #expect(run.status == 0, "\(run.stderr)")
        let docx = folder.appendingPathComponent("report.docx").path
        #expect(run.stdout.contains(", \(docx), the chart \(chart)"), "\(run.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: docx)).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let rows = try String(contentsOfFile: chart, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(rows[0].hasPrefix("country,section,old_text,new_text,change,notes,old_file,old_sha256"))
        #expect(rows.dropFirst().contains { $0.contains("Reports/2025/cuba.txt") && $0.contains("sentence ") })
    }

    @Test func aChartThatIsNeitherWordNorCSVIsRefused() throws {
        let folder = try temporaryFolder()
        let xml = folder.appendingPathComponent("r.xml").path
        let run = try Run(["report", "-o", xml, "--chart", folder.appendingPathComponent("chart.pdf").path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--chart takes a .docx or a .csv file"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: xml))
    }
}
