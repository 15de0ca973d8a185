import Foundation
import TIPJobs
import TIPModel
import TIPTestSupport
import TIPTierTables
import Testing

/// `import` as one call: the narratives of a report's PDF written into a year folder all at once, and a
/// folder that holds them already refused with the facts (the command line adds how to replace them).
@Suite struct ImportJobTests {
    private func folder() throws -> String {
        let url = try TestFolders.folder("tipdiff-import-job", create: false).appendingPathComponent("2025")
        return url.path
    }

    @Test func aReportsNarrativesAreWrittenWithTheTierEachStates() throws {
        let out = try folder()
        let job = ImportJob(
            files: ["examples/pdf/tip-2025-illustrative.pdf"], year: 2025, folder: out, aliases: try TierData.aliases(folder: nil))
        let result = try job.run()
        #expect(result.written.map(\.path) == ["afghanistan", "albania", "algeria"].map { "\(out)/\($0).txt" })
        #expect(result.written.map(\.tier) == [.tier3, .tier2WatchList, .tier3])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["afghanistan.txt", "albania.txt", "algeria.txt"])
        #expect(ImportSummary.render(result, seconds: 0.5).hasPrefix("read examples/pdf/tip-2025-illustrative.pdf: pages 1-17"))
    }

    @Test func aFolderHoldingTheNarrativesIsRefusedNamingNoCommandLineOption() throws {
        let out = try folder()
        var job = ImportJob(
            files: ["examples/pdf/tip-2025-illustrative.pdf"], year: 2025, folder: out, aliases: try TierData.aliases(folder: nil))
        _ = try job.run()
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(out)/albania.txt"))
        #expect(throws: YearFolder.Occupied.self) { try job.run() }
        do {
            _ = try job.run()
        } catch let occupied as YearFolder.Occupied {
            #expect(occupied.count == 3 && occupied.folder == out && occupied.path == "\(out)/afghanistan.txt")
            #expect(!"\(occupied)".contains("--force"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(out)/albania.txt")) == before)
        job.force = true
        #expect(try job.run().written.count == 3)
    }
}
