import Foundation
import TIPJobs
import TIPModel
import TIPReportsFolder
import TIPSupport
import TIPTestSupport
import TIPTierTables
import Testing

/// `--country` is resolved before anything is read, and a job then reads only the selected countries' files:
/// a year folder's narratives of other countries are never parsed.
@Suite struct CountrySelectionTests {
    /// Reports/2024 and Reports/2025 with Cuba, Haiti and Chad; Cuba's 2025 narrative in `cubaFile`.
    private func archive(cubaFile: String = "cuba.txt") throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-select-\(UUID().uuidString)")
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let files = [
            ("2024/cuba.txt", Seed.text.replacingOnce("investigated 14 domestic", with: "investigated 9 domestic")),
            ("2024/haiti.txt", renamed("Haiti")), ("2024/chad.txt", renamed("Chad")),
            ("2025/\(cubaFile)", Seed.text), ("2025/haiti.txt", renamed("Haiti")), ("2025/chad.txt", renamed("Chad")),
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func diffOfOneCountryParsesOnlyThatCountrysFiles() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try ReportsFolder(root: root.path)
        let counter = WorkCounter()
        var job = DiffJob(folder: folder, counter: counter)
        job.selection = try CountrySelection(names: ["Cuba"], in: folder)
        let comparison = try job.run(old: root.appendingPathComponent("2024").path, new: root.appendingPathComponent("2025").path)
        #expect(comparison.countries.map(\.country) == ["Cuba"])
        #expect(counter[.editionsParsed] == 2, "cuba.txt of each year, not the four other narratives")

        let all = WorkCounter()
        let everything = try DiffJob(folder: folder, counter: all).run(
            old: root.appendingPathComponent("2024").path, new: root.appendingPathComponent("2025").path)
        #expect(everything.countries.count == 3)
        #expect(all[.editionsParsed] == 6)
    }

    @Test func theReportOfOneCountryParsesOnlyThatCountrysFiles() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let counter = WorkCounter()
        var job = ReportJob(folder: try ReportsFolder(root: root.path), tool: "t", counter: counter)
        job.selection = try CountrySelection(names: ["Haiti"], in: job.folder)
        let result = try job.run(editions: nil, annotations: [], explicit: false)
        #expect(result.report.comparison.countries.map(\.country) == ["Haiti"])
        #expect(counter[.editionsParsed] == 2)
    }

    @Test func aFileNamedForNoCountryIsReadInCaseItHoldsTheSelectedOne() throws {
        let root = try archive(cubaFile: "havana.txt")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try ReportsFolder(root: root.path)
        let counter = WorkCounter()
        var job = DiffJob(folder: folder, counter: counter)
        job.selection = try CountrySelection(names: ["Cuba"], in: folder)
        _ = try job.run(old: root.appendingPathComponent("2024").path, new: root.appendingPathComponent("2025").path)
        #expect(counter[.editionsParsed] == 2, "cuba.txt and havana.txt; Haiti and Chad left unread")
    }

    @Test func anUnknownCountryIsRefusedBeforeAnythingIsRead() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try ReportsFolder(root: root.path)
        let error = #expect(throws: TierDataError.self) { try CountrySelection(names: ["Cubba"], in: folder) }
        #expect(error?.description.contains("unknown country 'Cubba' (did you mean 'Cuba'?)") == true)
    }
}
