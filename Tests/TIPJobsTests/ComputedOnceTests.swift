import Foundation
import TIPJobs
import TIPModel
import TIPReport
import TIPReportsFolder
import TIPSupport
import TIPTestSupport
import Testing

/// The main job does each expensive step once: every edition parsed once, each pair's statistics extracted
/// and sections aligned once, each notes file read once, however many notes files there are.
@Suite struct ComputedOnceTests {
    /// Reports/2024 and Reports/2025 with three countries each (two in both), and three notes files:
    /// two for Cuba (one written against each year) and one for Haiti.
    private func archive() throws -> (root: URL, notes: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-once-\(UUID().uuidString)")
        let reports = root.appendingPathComponent("Reports")
        let notes = root.appendingPathComponent("Annotations")
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let files: [(String, String)] = [
            ("Reports/2024/cuba.txt", Seed.text.replacingOnce("investigated 14 domestic", with: "investigated 9 domestic")),
            ("Reports/2024/haiti.txt", renamed("Haiti")), ("Reports/2024/chad.txt", renamed("Chad")),
            ("Reports/2025/cuba.txt", Seed.text), ("Reports/2025/haiti.txt", renamed("Haiti")),
            ("Reports/2025/mali.txt", renamed("Mali")),
            (
                "Annotations/cuba-2024.yaml",
                "edition: \(reports.path)/2024/cuba.txt\nnotes:\n  - id: old-quote\n    note: x\n    anchor: {quote: \"confiscates between 75 and 95 percent\"}\n"
            ),
            (
                "Annotations/cuba-2025.yaml",
                "edition: \(reports.path)/2025/cuba.txt\nnotes:\n  - id: figure\n    note: x\n    anchor: {statistic: prosecution.investigations.domestic}\n"
            ),
            (
                "Annotations/haiti-2025.yaml",
                "edition: \(reports.path)/2025/haiti.txt\nnotes:\n  - id: tier\n    note: x\n    anchor: {tier: true}\n"
            ),
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return (reports, notes)
    }

    @Test func reportOverYearFoldersParsesAlignsAndExtractsOnce() throws {
        let (reports, notes) = try archive()
        defer { try? FileManager.default.removeItem(at: reports.deletingLastPathComponent()) }
        let counter = WorkCounter()
        let job = ReportJob(folder: try ReportsFolder(root: reports.path), tool: "t", counter: counter)
        let result = try job.run(editions: nil, annotations: [notes.path], explicit: true)

        let countries = result.report.comparison.countries
        #expect(countries.map(\.country) == ["Cuba", "Haiti"])
        #expect(result.report.placedNotes.map(\.note.id).sorted() == ["figure", "old-quote", "tier"])
        #expect(counter[.editionsParsed] == 6, "each of the six files once")
        #expect(counter[.notesFilesRead] == 3)
        #expect(counter[.pairsCompared] == 2)
        #expect(counter[.statisticsExtracted] == 4, "both sides of each pair once")
        let sections = countries.reduce(0) { $0 + $1.alignments.count }
        #expect(sections > 0)
        #expect(counter[.sectionsAligned] == sections, "each section pair once, notes included")
    }
}
