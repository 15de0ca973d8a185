import Foundation
import TIPHistory
import TIPJobs
import TIPReportsFolder
import TIPTestSupport
import Testing

/// The restatement audit of a generated archive against the figures the generator restated and revised.
@Suite struct RestatementManifestTests {
    static let made: (archive: GeneratedArchive, audit: RestatementAudit)? = {
        guard let archive = try? GeneratedArchive.make(), let folder = try? ReportsFolder(root: archive.root),
            let audit = try? RestatementsJob(folder: folder).run(country: nil)
        else { return nil }
        return (archive, audit)
    }()

    /// The generator's measures by the keys the statistics give them.
    static let keys = [
        "trafficking cases investigated": "prosecution.investigations", "alleged traffickers prosecuted": "prosecution.prosecutions",
        "victims identified": "protection.victims-identified",
    ]

    @Test func everyRestatedFigureIsCheckedWithTheManifestsStatusAndValues() throws {
        let (archive, audit) = try #require(Self.made)
        let expected = archive.manifest["restatements"] as? [[String: Any]] ?? []
        var byCheck: [String: RestatementCheck] = [:]
        for check in audit.checks where Set(Self.keys.values).contains(check.key) {
            byCheck["\(check.country) \(check.restated.year) \(check.key)"] = check
        }
        #expect(byCheck.count == expected.count)
        var statuses: [String: Int] = [:]
        for entry in expected {
            let name =
                "\(entry["country"] as? String ?? "") \(entry["edition"] as? Int ?? 0) \(Self.keys[entry["counted"] as? String ?? ""] ?? "")"
            let check = try #require(byCheck[name], "\(name)")
            let status = entry["status"] as? String ?? ""
            #expect(check.status.rawValue == status, "\(name)")
            #expect(check.period == entry["period"] as? String, "\(name)")
            #expect(check.restated.value == (entry["value"] as? Double), "\(name)")
            #expect(check.reported?.year == entry["earlier"] as? Int, "\(name)")
            #expect(check.reported?.value == entry["earlierValue"] as? Double, "\(name)")
            statuses[status, default: 0] += 1
        }
        #expect(RestatementStatus.allCases.allSatisfy { statuses[$0.rawValue, default: 0] > 0 }, "\(statuses)")
    }

    @Test func aFigureNoEditChangedIsNeverRevised() throws {
        let (_, audit) = try #require(Self.made)
        // Sentences carried with their figures and years (a shelter opened "in 2016", the seed's 1,818 labor
        // inspections "in 2023") are restated by every later edition, each time as the first one printed them.
        let others = audit.checks.filter { !Set(Self.keys.values).contains($0.key) }
        #expect(!others.isEmpty)
        #expect(others.allSatisfy { $0.status != .revised }, "\(others.filter { $0.status == .revised }.map(\.restated.sentence))")
        #expect(others.contains { $0.status == .consistent })
    }

    @Test func aRevisionQuotesBothEditions() throws {
        let (_, audit) = try #require(Self.made)
        let revised = try #require(audit.checks.first { $0.status == .revised })
        let reported = try #require(revised.reported)
        #expect(reported.year < revised.restated.year)
        #expect(reported.value != revised.restated.value)
        #expect(reported.sentence.contains(" in \(revised.period)") && revised.restated.sentence.contains(" in \(revised.period)"))
        let text = RestatementText.render(RestatementAudit(checks: [revised]))
        #expect(text.contains(revised.restated.path) && text.contains(reported.path))
        let csv = RestatementCSV.render(RestatementAudit(checks: [revised]))
        #expect(csv.components(separatedBy: "\r\n")[1].hasPrefix("\(revised.country),\(revised.key),\(revised.period),revised,"))
    }
}
