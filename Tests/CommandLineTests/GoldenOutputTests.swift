import Foundation
import Testing

/// Rendered output of the shipped editions against golden files in Golden/, reviewed in the diff.
/// `RECORD_SNAPSHOTS=1 swift test --filter GoldenOutputTests` rewrites them (and still fails, so a
/// recording is never mistaken for a pass).
@Suite struct GoldenOutputTests {
    static let folder = Run.root.appendingPathComponent("Tests/CommandLineTests/Golden")

    private func check(_ name: String, _ arguments: [String], status: Int32) throws {
        let run = try Run(arguments, environment: ["NO_COLOR": "1"])
        #expect(run.status == status, "\(run.stderr)")
        try compare(run.stdout, with: name)
    }

    /// `output` against the golden file `name`, with the first differing lines when they differ.
    private func compare(_ output: String, with name: String) throws {
        let file = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(output.utf8).write(to: file)
            Issue.record("recorded \(name); run again without RECORD_SNAPSHOTS")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        guard expected != output else { return }
        let want = expected.components(separatedBy: "\n")
        let got = output.components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(want.count, got.count) where report.count < 12 {
            let a = index < want.count ? want[index] : "<none>"
            let b = index < got.count ? got[index] : "<none>"
            if a != b { report += ["line \(index + 1):", "- \(a)", "+ \(b)"] }
        }
        Issue.record("\(name) differs from its golden file:\n\(report.joined(separator: "\n"))")
    }

    @Test func redlineOfTheShippedPair() throws {
        try check("diff-2024-2025.txt", ["diff", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt"], status: 1)
    }

    @Test func markdownSummaryOfTheShippedPair() throws {
        try check("diff-2024-2025.md", ["diff", "Reports/2024/cuba.txt", "Reports/2025/cuba.txt", "--format", "markdown"], status: 1)
    }

    @Test func statisticsOfTheSeed() throws {
        try check("stats-2025.csv", ["stats", "Reports/2025/cuba.txt", "--format", "csv"], status: 0)
    }

    @Test func tierComparison2023To2024() throws {
        try check("tiers-2023-2024.txt", ["tiers", "2023", "2024"], status: 0)
    }

    /// The main job's four files for the shipped pair and notes: XML, HTML, Markdown and the changes CSV.
    @Test func reportFilesOfTheShippedPair() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let files = ["report.xml", "report.html", "report.md", "changes.csv"]
        let paths = files.map { out.appendingPathComponent($0).path }
        let run = try Run(["report", "-o", paths[0], "--html", paths[1], "--markdown", paths[2], "--csv", paths[3]])
        #expect(run.status == 0, "\(run.stderr)")
        for (name, path) in zip(files, paths) {
            try compare(try String(contentsOfFile: path, encoding: .utf8), with: name)
        }
    }
}
