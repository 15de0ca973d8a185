import Foundation
import TIPModel
import TIPTierTables
import Testing

enum Data {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func table() throws -> TierTable { try TierTable(folder: root.appendingPathComponent("Reports/tiers").path) }
}

/// The shipped tier tables, read as they are, and the comparisons and histories built on them.
@Suite struct TierTableTests {
    @Test func bothFilesAreReadWithEveryNameKnown() throws {
        let table = try Data.table()
        #expect(table.unknownNames.isEmpty, "\(table.unknownNames.map(\.name))")
        #expect(table.years.first == 2001 && table.years.last == 2025)
        #expect(!table.years.contains(2016) && !table.years.contains(2021))
        // "Watchlist    " with its trailing spaces is the Watch List; NA rows are no placement.
        #expect(table.placements(in: 2015)["Cuba"]?.tier == .tier2WatchList)
        #expect(table.placements(in: 2001)["Cuba"] == nil)
    }

    @Test func comparing2023With2024ListsLowerTierMovesAndSaysWhatIsMissing() throws {
        let comparison = try TierComparison(Data.table(), from: 2023, to: 2024)
        #expect(comparison.missingA.isEmpty)
        #expect(comparison.missingB == [.tier1, .tier2])
        #expect(TierComparisonText.render(comparison).contains("2024 is partial: the data has no Tier 1 and Tier 2 placements"))
        let downgrades = comparison.rows(.downgrade)
        #expect(downgrades.contains { $0.country == "Brunei" && $0.from == .tier2WatchList && $0.to == .tier3 })
        #expect(downgrades.contains { $0.country == "Benin" && $0.from == .tier2 && $0.to == .tier2WatchList })
        #expect(comparison.rows(.upgrade).contains { $0.country == "Algeria" && $0.from == .tier3 && $0.to == .tier2WatchList })
        #expect(comparison.rows(.unchanged).contains { $0.country == "Cuba" && $0.to == .tier3 })
        // A Tier 1 country of 2023 is not "left the list" in a year whose data has no Tier 1.
        #expect(comparison.rows(.left).isEmpty)
        let argentina = try #require(comparison.rows.first { $0.country == "Argentina" })
        #expect(argentina.status == .unknown)
        #expect(argentina.note == "not in 2024's data, which lacks Tier 1 and Tier 2")
        #expect(comparison.matrix["Tier 3"]?["Tier 2 Watch List"] == 5)
        #expect(comparison.counts["Tier 3"] == [24, 21])
    }

    @Test func conflictingRowsAreReported() throws {
        let comparison = try TierComparison(Data.table(), from: 2023, to: 2024)
        #expect(comparison.conflicts.count == 1)
        #expect(comparison.conflicts.first?.hasPrefix("Republic of the Congo 2023: Tier 2 as 'Congo (ROC)'") == true)
    }

    @Test func seedCountsAreCheckedAgainstTheData() throws {
        let comparison = try TierComparison(Data.table(), from: 2024, to: 2025)
        let checks = Dictionary(uniqueKeysWithValues: comparison.countChecks.map { ($0.tier, $0) })
        #expect(checks[.tier2WatchList]?.verdict == "matches" && checks[.tier2WatchList]?.inData == 25)
        #expect(checks[.tier3]?.verdict == "matches" && checks[.tier3]?.inData == 20)
        #expect(checks[.tier1]?.verdict == "not in the data (partial year)" && checks[.tier1]?.stated == 33)
        #expect(checks[.tier2]?.stated == 52)
    }

    @Test func cubasHistoryMatchesTheDataWithItsRuns() throws {
        let table = try Data.table()
        let history = TierHistory(country: "Cuba", table: table, editions: [])
        let placed = table.placements.filter { $0.country == "Cuba" }.sorted { $0.year < $1.year }
        #expect(history.entries.map(\.year) == placed.map(\.year))
        #expect(history.entries.map(\.tier) == placed.map(\.tier))
        #expect(
            history.runs.map(TierHistoryText.phrase) == ["Tier 3 2004-2014", "Tier 2 Watch List 2015", "Tier 3 2020", "Tier 3 2022-2025"])
        #expect(history.gaps == [2016, 2017, 2018, 2019, 2021])
        #expect(history.watchListInARow == 1 && history.latestWatchListYear == 2015)
        #expect(TierHistoryText.render(history).contains("Tier 3 2004-2014, then Tier 2 Watch List 2015; no data 2016-2019; Tier 3 2020"))
    }

    @Test func watchListYearsInARowAreCounted() throws {
        let history = TierHistory(country: "Burma", table: try Data.table(), editions: [])
        #expect(history.watchListInARow == 4)
        #expect(history.latestWatchListYear == 2015)
    }

    @Test func editionThatDisagreesWithTheTableIsReported() throws {
        let history = TierHistory(country: "Cuba", table: try Data.table(), editions: [(2024, .tier2WatchList, "Reports/2024/cuba.txt")])
        #expect(
            history.disagreements == [
                "Reports/2024/cuba.txt states Tier 2 Watch List for 2024; the tier table has Tier 3 (Reports/tiers/tip-tiers-2020-2025.csv:466:1)"
                    .replacingOccurrences(of: "Reports/tiers", with: Data.root.appendingPathComponent("Reports/tiers").path)
            ])
    }
}

@Suite struct CountryAliasTests {
    @Test(arguments: [
        ("Myanmar", "Burma"), ("Korea, South", "South Korea"), ("Republic of Korea", "South Korea"),
        ("Korea, Republic of", "South Korea"), ("United Kingdom - UK", "United Kingdom"), ("USA", "United States"),
        ("People's Republic of China", "China"), ("Cote d'Ivoire", "Côte d'Ivoire"), ("Côte d’Ivoire", "Côte d'Ivoire"),
        ("Congo (ROC)", "Republic of the Congo"), ("Republic of Congo", "Republic of the Congo"),
        ("DRC", "Democratic Republic of the Congo"),
        ("Swaziland", "Eswatini"), ("The Gambia", "Gambia"), ("cuba", "Cuba"),
    ])
    func namesMeetTheirCountry(_ name: String, _ country: String) throws {
        #expect(try Data.table().aliases.canonical(name) == country)
    }

    @Test func unknownNamesAreNotGuessed() throws {
        let aliases = try Data.table().aliases
        #expect(aliases.canonical("Atlantis") == nil)
        #expect(aliases.canonical("Korea") == nil)
    }

    @Test func unknownNameInATableIsReportedWithItsLine() throws {
        let aliases = try CountryAliases(csv: "country,alias\nCuba,\n", path: "countries.csv")
        let table = try TierTable(
            aliases: aliases, tables: [(path: "t.csv", text: "report_year,country,tier\n2020,Cuba,Tier 3\n2020,Atlantis,Tier 1\n")])
        #expect(table.placements.map(\.country) == ["Cuba"])
        #expect(table.unknownNames.map(\.name) == ["Atlantis"])
        #expect(table.unknownNames.first?.location.description == "t.csv:3:1")
    }

    @Test func quotedFieldsKeepTheirCommas() throws {
        let aliases = try CountryAliases(csv: "country,alias\nSouth Korea,\"Korea, South\"\n", path: "c.csv")
        let table = try TierTable(
            aliases: aliases,
            tables: [
                (
                    path: "t.csv",
                    text: "\"countryname\",\"iso\",\"year\",\"ccode\",\"tier\"\n\"Korea, South\",\"KOR\",2010,732,\"Tier 1    \"\n"
                )
            ])
        #expect(table.placements.first?.country == "South Korea")
        #expect(table.placements.first?.tier == .tier1)
    }
}
