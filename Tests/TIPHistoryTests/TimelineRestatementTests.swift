import Foundation
import TIPHistory
import TIPJobs
import TIPReportsFolder
import TIPTestSupport
import TIPTimelines
import Testing

/// The timeline of a country of the generated archive carries the restatement audit, in each format.
@Suite struct TimelineRestatementTests {
    /// A country with a revised figure, its timeline and the audit `restatements` gives for it.
    static let made: (timeline: Timeline, audit: RestatementAudit)? = {
        guard let archive = try? GeneratedArchive.make(), let folder = try? ReportsFolder(root: archive.root),
            let all = try? RestatementsJob(folder: folder).run(country: nil),
            let country = all.checks.first(where: { $0.status == .revised })?.country,
            let timeline = try? TimelineJob(folder: folder).run(country: country).timeline
        else { return nil }
        return (timeline, RestatementAudit(checks: all.checks.filter { $0.country == country }))
    }()

    @Test func theTimelineHasEveryCheckOfItsCountryWithTheSameStatusAndValues() throws {
        let (timeline, audit) = try #require(Self.made)
        #expect(timeline.restatements.count == audit.checks.count)
        for (row, check) in zip(timeline.restatements, audit.checks) {
            #expect(row.status == check.status.rawValue && row.key == check.key && row.period == check.period)
            #expect(row.value == check.restated.value && row.year == check.restated.year)
            #expect(row.reportedYear == check.reported?.year && row.reportedValue == check.reported?.value)
        }
        #expect(Set(timeline.restatements.map(\.status)) == Set(RestatementStatus.allCases.map(\.rawValue)))
    }

    @Test func textCountsEachStatusAndQuotesBothEditionsOfARevision() throws {
        let (timeline, audit) = try #require(Self.made)
        let text = TimelineText.render(timeline)
        let counts = RestatementStatus.allCases.map { "\(audit.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        #expect(text.contains("\nrestatements: \(audit.checks.count) restated figures, \(counts)\n"))
        let revised = try #require(audit.checks.first { $0.status == .revised })
        #expect(text.contains("  \(revised.restated.year)  revised    \(revised.key) for \(revised.period): "))
        #expect(text.contains("        \(try #require(revised.reported).path) gave "))
    }

    @Test func htmlHasATableWithARowPerRestatedFigure() throws {
        let (timeline, audit) = try #require(Self.made)
        let html = TimelineHTML.render(timeline)
        #expect(html.contains("<h2>Restated figures</h2>"))
        #expect(html.contains("<caption>\(audit.checks.count) restated figures</caption>"))
        #expect(html.components(separatedBy: "<td class=\"status ").count - 1 == audit.checks.count)
        #expect(html.components(separatedBy: "<td class=\"status revised\">").count - 1 == audit.count(.revised))
        let consistency = try #require(html.range(of: "<h2>Consistency</h2>"))
        let restated = try #require(html.range(of: "<h2>Restated figures</h2>"))
        #expect(consistency.upperBound < restated.lowerBound)
    }

    @Test func jsonCarriesTheRestatements() throws {
        let (timeline, audit) = try #require(Self.made)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(timeline)) as? [String: Any]
        let rows = try #require(object?["restatements"] as? [[String: Any]])
        #expect(rows.count == audit.checks.count)
        #expect(rows.filter { $0["status"] as? String == "not found" }.count == audit.count(.notFound))
    }
}
