import Foundation
import TIPDiff
import TIPModel
import TIPTestSupport
import Testing

/// How two editions' figures are related: year over year, restated, revised, counted by another source, ranges.
@Suite struct StatisticRelationTests {
    func edition(_ text: String, year: Int) throws -> Edition {
        try Seed.edition("PROSECUTION\nThe government maintained law enforcement efforts. " + text, year: year)
    }

    func statistics(_ old: String, _ new: String) throws -> (changes: [StatisticChange], restated: [StatisticChange]) {
        let comparison = Differ().compare(try edition(old, year: 2019), try edition(new, year: 2020))
        let changes = comparison.changes.compactMap { change -> StatisticChange? in
            if case .statistic(let s) = change { return s.payload }
            return nil
        }
        return (changes, comparison.restated)
    }

    @Test func aFigureRestatedForItsYearIsNoChangeAndTheCurrentOnesAreComparedYearOverYear() throws {
        let (changes, restated) = try statistics(
            "The government identified 240 potential victims.",
            "The government identified 300 potential victims, compared with 240 in 2018.")
        #expect(restated.map { $0.new?.text } == ["240"])
        #expect(changes.map(\.operation) == [.changed])
        #expect(changes.first?.old?.value == 240 && changes.first?.new?.value == 300 && changes.first?.delta == 60)
    }

    @Test func anotherValueForTheSameYearIsARevisionWithoutADelta() throws {
        let (changes, restated) = try statistics(
            "The government identified 30 alleged victims.",
            "The government identified 41 alleged victims, compared with 24 in 2018.")
        #expect(restated.isEmpty)
        let revised = try #require(changes.first { $0.operation == .revised })
        #expect(revised.old?.value == 30 && revised.new?.value == 24)
        #expect(revised.new?.resolvedPeriod == "2018")
        #expect(changes.contains { $0.operation == .changed && $0.old?.value == 30 && $0.new?.value == 41 })
    }

    @Test func comparisonFiguresOfDifferentYearsAreNeverPaired() throws {
        let (changes, _) = try statistics(
            "Authorities convicted 12 traffickers, compared with 27 in 2017 and 32 in 2016.",
            "Authorities convicted 20 traffickers, compared with 12 in 2018 and 27 in 2017.")
        for change in changes where change.old != nil && change.new != nil {
            #expect(change.old?.resolvedPeriod == change.new?.resolvedPeriod || change.operation == .changed)
            #expect(
                !(change.old?.role == "comparison" && change.new?.role == "comparison"
                    && change.old?.resolvedPeriod != change.new?.resolvedPeriod))
        }
        #expect(changes.contains { $0.operation == .removed && $0.old?.value == 32 })
    }

    @Test func aCountAnotherSourceGaveIsRedefinedNotAChange() throws {
        let (changes, _) = try statistics(
            "The government reported referring 55 victims to care.", "NGOs reported referring 134 victims to care.")
        let redefined = try #require(changes.first)
        #expect(redefined.operation == .redefined)
        #expect(redefined.delta == nil && redefined.percentChange == nil)
        #expect(redefined.old?.source == "government" && redefined.new?.source == "ngo")
    }

    @Test func aRangeNamesTheEndThatMovedAndHasNoPercent() throws {
        let (changes, _) = try statistics(
            "Courts sentenced traffickers to four to 20 years' imprisonment.",
            "Courts sentenced traffickers to three to 20 years' imprisonment.")
        let range = try #require(changes.first)
        #expect(range.delta == nil && range.percentChange == nil)
        #expect(range.lowerDelta == -1 && range.upperDelta == nil)
        #expect(ChangeNumbers.delta(range) == "lower -1")
    }
}
