import Foundation
import TIPModel
import TIPParsing
import TIPStatistics
import TIPTestSupport
import Testing

/// One expected figure: value, range, unit, what it counts, qualifier, period, whether it is an earlier figure.
struct Expected: CustomStringConvertible {
    var value: Double
    var upper: Double?
    var openUpper: String?
    var unit: Statistic.Unit
    var counted: String
    var qualifier: String?
    var period: String?
    var prior = false

    var description: String { "\(value) \(upper.map { "-\($0)" } ?? "") \(unit) \(counted)" }

    func matches(_ s: Statistic) -> Bool {
        s.value == value && s.upper == upper && s.openUpper == openUpper && s.unit == unit && s.counted == counted
            && s.qualifier == qualifier && s.period == period && s.prior == prior
    }
}

private func E(
    _ value: Double, _ upper: Double?, _ openUpper: String?, _ unit: Statistic.Unit, _ counted: String,
    q: String? = nil, period: String? = nil, prior: Bool = false
) -> Expected {
    Expected(value: value, upper: upper, openUpper: openUpper, unit: unit, counted: counted, qualifier: q, period: period, prior: prior)
}

/// The seed narrative's figures, as a careful analyst lists them by hand, against what extraction finds.
@Suite struct SeedStatisticsTests {
    /// Read from the narrative by hand, in text order.
    static let expected: [Expected] = [
        // PROSECUTION: penalties, case counts for calendar year 2023 and the 2022 comparison, sentences.
        E(7, 15, nil, .years, "imprisonment"),
        E(10, nil, "life", .years, "imprisonment"),
        E(7, 15, nil, .years, "imprisonment"),
        E(3, 8, nil, .years, "imprisonment"),
        E(14, nil, nil, .count, "domestic trafficking cases", period: "calendar year 2023"),
        E(13, nil, nil, .count, "sex trafficking cases", period: "calendar year 2023"),
        E(1, nil, nil, .count, "forced begging cases", period: "calendar year 2023"),
        E(20, nil, nil, .count, "alleged traffickers", period: "in 2023"),
        E(19, nil, nil, .count, "traffickers", period: "in 2023"),
        E(7, nil, nil, .count, "transnational trafficking case investigations", period: "in 2022", prior: true),
        E(8, nil, nil, .count, "Cuban traffickers", period: "in 2022", prior: true),
        E(5, nil, nil, .count, "foreign nationals", period: "in 2022", prior: true),
        E(6, nil, nil, .count, "prosecutions", period: "in 2022", prior: true),
        E(6, nil, nil, .count, "convictions", period: "in 2022", prior: true),
        E(3, 20, nil, .years, "imprisonment", period: "calendar year 2023"),
        E(27, nil, nil, .count, "bilateral cooperation agreements"),
        E(17, nil, nil, .count, "Cuban regime-affiliated medical workers"),
        // PROTECTION
        E(14, nil, nil, .count, "child sex trafficking victims"),
        E(6, nil, nil, .count, "victims", period: "in 2022", prior: true),
        E(1, nil, nil, .count, "woman", period: "in 2022", prior: true),
        E(5, nil, nil, .count, "girls", period: "in 2022", prior: true),
        E(3, nil, nil, .count, "child and adolescent protection centers"),
        // PREVENTION
        E(2, nil, nil, .count, "national working groups"),
        E(3, nil, nil, .months, ""),
        E(1818, nil, nil, .count, "labor inspections", period: "in 2023"),
        E(10013, nil, nil, .count, "labor violations", q: "more than", period: "in 2023"),
        E(24, nil, nil, .months, ""),
        // TRAFFICKING PROFILE
        E(5, nil, nil, .years, ""),
        E(2, nil, nil, .count, "young Cuban men"),
        E(1000, nil, nil, .count, "Cubans", q: "more than", period: "between June 2023 and February 2024"),
        E(75, nil, nil, .percent, "exported workforce"),
        E(7_000_000_000, nil, nil, .money, "service exports", period: "in 2022"),
        E(4_900_000_000, nil, nil, .money, "export of medical services", period: "in 2022"),
        E(8, nil, nil, .years, ""),
        E(40000, nil, nil, .count, "regime-affiliated workers", period: "by 2021"),
        E(5000, nil, nil, .count, "children", q: "approximately", period: "in 2022"),
        E(26000, nil, nil, .count, "medical workers", q: "approximately", period: "by the beginning of 2025"),
        E(55, nil, nil, .count, "countries", q: "more than", period: "by the beginning of 2025"),
        E(75, 95, nil, .percent, "wages"),
        E(11, nil, nil, .months, "service"),
        E(1111, nil, nil, .count, "testimonies"),
        E(75, nil, nil, .percent, "participants"),
        E(33, nil, nil, .percent, "never saw a contract"),
        E(69, nil, nil, .percent, "did not know their final destination"),
        E(38, nil, nil, .percent, "had their passport confiscated by Cuban officials"),
        E(76, nil, nil, .percent, "had minders"),
        E(76, nil, nil, .percent, "could not freely associate with locals"),
        E(79, nil, nil, .percent, "had restrictions on their movement"),
        E(91, nil, nil, .percent, "were told they could not return to Cuba"),
        E(75, nil, nil, .percent, "suffered threats or witnessed coworkers being threatened"),
        E(40, nil, nil, .percent, "were separated from their children"),
        E(160, nil, nil, .count, "Cuban victims", q: "approximately"),
        E(7000, nil, nil, .count, "sea mariners", q: "almost"),
        E(85, nil, nil, .count, "state-affiliated entities", q: "approximately"),
        E(75, nil, nil, .percent, "Cuba’s labor exports"),
        E(2000, nil, nil, .count, "forced labor victims", q: "more than", period: "in 2023"),
    ]

    @Test func extractionMatchesTheAnalystsList() throws {
        let found = StatisticsExtractor().statistics(in: try Seed.edition())
        #expect(found.count == Self.expected.count)
        for (index, expected) in Self.expected.enumerated() {
            guard index < found.count else { break }
            #expect(
                expected.matches(found[index]),
                "#\(index): expected \(expected), found \(found[index].value) \(found[index].unit) \(found[index].counted) q=\(found[index].qualifier ?? "-") period=\(found[index].period ?? "-")"
            )
        }
    }

    @Test func noStatisticComesFromAnArticleNumberAYearOrADate() throws {
        let edition = try Seed.edition()
        let found = StatisticsExtractor().statistics(in: edition)
        for statistic in found {
            let written = edition.excerpt(statistic.range)
            #expect(
                !["363.1", "402.1", "176.1", "2022", "2023", "2024", "2025", "2021", "16", "17", "18"].contains(written)
                    || statistic.counted.contains("workers"),
                "\(written) is not a statistic")
            #expect(!(1990...2099).contains(Int(statistic.value)) || written.contains(","), "\(written) looks like a year")
        }
        #expect(!found.contains { $0.value == 363.1 || $0.value == 402.1 || $0.value == 176.1 })
        #expect(!found.contains { $0.value == 24 && $0.unit == .hours })
    }

    @Test func followedFiguresGetVocabularyKeys() throws {
        let found = StatisticsExtractor().statistics(in: try Seed.edition())
        func key(_ value: Double, _ counted: String) -> String? {
            found.first { $0.value == value && $0.counted == counted }?.key
        }
        #expect(key(14, "domestic trafficking cases") == "prosecution.investigations.domestic")
        #expect(key(13, "sex trafficking cases") == "prosecution.investigations.sex-trafficking")
        #expect(key(20, "alleged traffickers") == "prosecution.prosecutions")
        #expect(key(19, "traffickers") == "prosecution.convictions")
        #expect(key(14, "child sex trafficking victims") == "protection.victims-identified.sex-trafficking.child")
        #expect(key(3, "child and adolescent protection centers") == "protection.shelters")
        #expect(key(1818, "labor inspections") == "prevention.labor-inspections")
        #expect(key(10013, "labor violations") == "prevention.labor-violations")
        #expect(found.first { $0.value == 3 && $0.upper == 20 }?.key == "prosecution.sentences")
    }

    @Test func comparisonFiguresAreLinkedToTheCurrentOnes() throws {
        let found = StatisticsExtractor().statistics(in: try Seed.edition())
        func stat(_ value: Double, _ counted: String) -> Statistic? { found.first { $0.value == value && $0.counted == counted } }
        let prosecutions = try #require(stat(20, "alleged traffickers"))
        let convictions = try #require(stat(19, "traffickers"))
        let investigations = try #require(stat(14, "domestic trafficking cases"))
        let victims = try #require(stat(14, "child sex trafficking victims"))
        #expect(stat(6, "prosecutions")?.priorOf == prosecutions.index)
        #expect(stat(6, "convictions")?.priorOf == convictions.index)
        #expect(stat(7, "transnational trafficking case investigations")?.priorOf == investigations.index)
        #expect(stat(6, "victims")?.priorOf == victims.index)
        #expect(stat(6, "victims")?.key == "protection.victims-identified")
        #expect(stat(8, "Cuban traffickers")?.priorOf == nil)
        #expect(prosecutions.priorOf == nil && !prosecutions.prior)
    }

    @Test func rangesPointAtTheFigureAsWritten() throws {
        let edition = try Seed.edition()
        let found = StatisticsExtractor().statistics(in: edition)
        #expect(
            found.map { edition.excerpt($0.range) }.prefix(5) == [
                // The possessive's apostrophe ("15 years’ imprisonment") is not part of the figure.
                "seven to 15 years", "10 years to life", "seven to 15 years", "three to eight years", "14",
            ])
        #expect(found.first { $0.value == 4_900_000_000 }.map { edition.excerpt($0.range) } == "$4.9 billion")
        #expect(found.first { $0.upper == 95 }.map { edition.excerpt($0.range) } == "between 75 and 95 percent")
    }
}
