import Foundation
import TIPModel
import TIPStatistics
import TIPTestSupport
import Testing

/// Each figure's period in the calendar and its role, for the ways the report writes comparisons.
@Suite struct PeriodTests {
    /// The figures of `text`, as the PROSECUTION section of a 2020 edition (which reports on 2019).
    func figures(_ text: String, year: Int = 2020) throws -> [(String, String?, String)] {
        let edition = try Seed.edition("PROSECUTION\nThe government increased law enforcement efforts. " + text, year: year)
        return StatisticsExtractor().statistics(in: edition).map { ($0.text, $0.resolvedPeriod, $0.role) }
    }

    @Test func chainedComparisonsGiveEachFigureItsOwnYear() throws {
        let found = try figures(
            "The government reported investigating 45 cases, prosecuting 23 suspects, and convicting 15 traffickers in 2019, compared with investigating 30 cases, prosecuting 12 suspects, and convicting eight traffickers in 2018."
        )
        #expect(found.map(\.1) == ["2019", "2019", "2019", "2018", "2018", "2018"])
        #expect(found.map(\.2) == ["current", "current", "current", "comparison", "comparison", "comparison"])
    }

    @Test func aParenthesisedComparisonKeepsItsYearToItself() throws {
        let found = try figures("Authorities identified 300 victims (180 in 2018).")
        #expect(found.map(\.1) == ["2019", "2018"])
        #expect(found.map(\.2) == ["current", "comparison"])
    }

    @Test func fiscalYearsAndRelativePeriodsAreResolved() throws {
        let found = try figures(
            "Authorities initiated 12 investigations in FY 2019, a decrease from 20 in FY 2018. The government convicted seven traffickers, an increase from three the previous year. The government identified 1,200 potential victims, compared with 1,000 during the previous reporting period."
        )
        #expect(found.map(\.1) == ["FY 2019", "FY 2018", "2019", "2018", "2019", "2018"])
        #expect(found.map(\.2) == ["current", "comparison", "current", "comparison", "current", "comparison"])
    }

    @Test func whereSomethingBeganIsNotAFiguresPeriod() throws {
        let found = try figures(
            "Police continued six investigations from previous reporting periods and prosecuted four defendants initiated in a previous reporting period. Over the last six years, courts convicted five traffickers."
        )
        #expect(found.map(\.0) == ["six", "four", "five"])
        #expect(found.map(\.1) == ["2019", "2019", "2014-2019"])
        #expect(found.map(\.2) == ["current", "current", "current"])
    }

    @Test func aSentenceInitialYearFramesItsSentence() throws {
        let found = try figures("In 2018, the government identified 40 victims; in 2019, it identified 52 victims.")
        #expect(found.map(\.1) == ["2018", "2019"])
        #expect(found.map(\.2) == ["comparison", "current"])
    }
}
