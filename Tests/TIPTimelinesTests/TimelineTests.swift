import Foundation
import TIPModel
import TIPParsing
import TIPSupport
import TIPTestSupport
import TIPTierTables
import TIPTimelines
import Testing

/// A country over three editions: series, recommendations carried over, consistency between editions.
@Suite struct TimelineTests {
    /// 2023 and 2024 written from the seed (illustrative): fewer inspections, one recommendation less,
    /// and 2024's figures for 2022 either matching what 2025 says of 2022 or not.
    func editions(victimsIn2022: String) throws -> [Edition] {
        let y2023 = Seed.text
            .replacingOnce("conducted 1,818 labor inspections", with: "conducted 950 labor inspections")
            .replacingOnce("- Cease recruitment of children for military activities before the mandatory military service age.\n", with: "")
        // An edition reports on the year before its own: the 2024 edition's figures are for calendar year 2022.
        let y2024 = Seed.text
            .replacingOccurrences(of: "calendar year 2023", with: "calendar year 2022")
            .replacingOnce("conducted 1,818 labor inspections", with: "conducted 1,204 labor inspections")
            .replacingOnce(
                "identified 14 child sex trafficking victims, all of whom were girls. This was compared with six victims in 2022, one woman and five girls.",
                with: "identified \(victimsIn2022) child sex trafficking victims in 2022, all of whom were girls.")
        return [try Seed.edition(y2023, year: 2023), try Seed.edition(y2024, year: 2024), try Seed.edition(Seed.text, year: 2025)]
    }

    @Test func statisticKeyIsASeries() throws {
        let timeline = Timeline(country: "Cuba", editions: try editions(victimsIn2022: "six"), table: nil)
        let inspections = try #require(timeline.series.first { $0.key == "prevention.labor-inspections" })
        #expect(inspections.points.map(\.year) == [2023, 2024, 2025])
        #expect(inspections.points.map(\.value) == [950, 1204, 1818])
        #expect(timeline.years.map(\.tier) == [.tier3, .tier3, .tier3])
        #expect(timeline.years.map { $0.verdicts["prosecution"] } == ["maintained", "maintained", "maintained"])
    }

    @Test func recommendationCarriedOverTwoYears() throws {
        let timeline = Timeline(country: "Cuba", editions: try editions(victimsIn2022: "six"), table: nil)
        let carried = try #require(timeline.recommendations.first { $0.text.hasPrefix("Cease threats and deceptive practices") })
        #expect(carried.years == [2023, 2024, 2025])
        #expect(carried.history.map(\.status) == ["new", "carried", "carried"])
        #expect(carried.droppedAfter == nil)
        let added = try #require(timeline.recommendations.first { $0.text.hasPrefix("Cease recruitment of children") })
        #expect(added.years == [2024, 2025])
        #expect(TimelineText.render(timeline).contains("new      carried  carried  Cease threats"))
    }

    @Test func priorFigureThatDisagreesWithTheEarlierEditionIsReported() throws {
        let timeline = Timeline(country: "Cuba", editions: try editions(victimsIn2022: "five"), table: nil)
        // The fixture's other 2022 figures are the seed's 2023 ones moved a year: only the victims are compared here.
        let mismatches = timeline.consistency.filter { $0.kind == "statistic" && $0.message.contains("protection.victims") }
        #expect(mismatches.count == 1)
        #expect(mismatches.first?.year == 2025)
        #expect(mismatches.first?.message.contains("gives 6 for protection.victims-identified in 2022") == true)
        #expect(mismatches.first?.message.contains("Reports/2024/cuba.txt reported 5") == true)
    }

    @Test func priorFigureThatAgreesIsNotReported() throws {
        let timeline = Timeline(country: "Cuba", editions: try editions(victimsIn2022: "six"), table: nil)
        #expect(timeline.consistency.filter { $0.kind == "statistic" && $0.message.contains("protection.victims") }.isEmpty)
        #expect(timeline.checks > 0)
    }

    @Test func priorFigureIsOnlyCheckedAgainstItsOwnSection() throws {
        // The shipped pair: 2025's "one woman and five girls" in 2022 (protection) are no measure of 2024's profile
        // ("160 Cuban victims").
        let editions = try ["2024", "2025"].map { try EditionLoader().edition(at: Seed.path("Reports/\($0)/cuba.txt")) }
        let timeline = Timeline(country: "Cuba", editions: editions, table: nil)
        let statistics = timeline.consistency.filter { $0.kind == "statistic" }
        #expect(statistics.count == 1)
        #expect(!statistics.contains { $0.message.contains("key profile.") })
    }

    @Test func seriesAreLabelledInTheText() throws {
        let timeline = Timeline(country: "Cuba", editions: try editions(victimsIn2022: "six"), table: nil)
        let inspections = try #require(timeline.series.first { $0.key == "prevention.labor-inspections" })
        #expect(inspections.label == "Labor inspections")
        #expect(TimelineText.render(timeline).contains("\n  Labor inspections "))
        #expect(!TimelineText.render(timeline).contains("prevention.labor-inspections"))
    }

    @Test func csvHasOneRowPerFact() throws {
        let timeline = Timeline(country: "Cuba", editions: try editions(victimsIn2022: "six"), table: nil)
        let rows = TimelineCSV.render(timeline).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "country,kind,item,year,value,detail")
        #expect(rows.contains("Cuba,statistic,prevention.labor-inspections,2024,1204,\"1,204\""))
    }
}

@Suite struct MovementConsistencyTests {
    @Test func remainedOnATierTheEarlierEditionDidNotGiveIsReported() throws {
        let y2024 = Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Cuba was downgraded to Tier 2 Watch List.")
        let timeline = Timeline(
            country: "Cuba", editions: [try Seed.edition(y2024, year: 2024), try Seed.edition(Seed.text, year: 2025)], table: nil)
        let tier = timeline.consistency.filter { $0.kind == "tier" }
        #expect(tier.map(\.year) == [2025])
        #expect(
            tier.first?.message.contains("which puts it on Tier 3 the year before; Reports/2024/cuba.txt has Tier 2 Watch List for 2024")
                == true)
    }

    @Test func consistentMovementIsNotReported() throws {
        let y2024 = Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Cuba was downgraded from Tier 2 Watch List to Tier 3.")
        let y2023 = Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Cuba remained on Tier 2 Watch List.")
        let editions = [try Seed.edition(y2023, year: 2023), try Seed.edition(y2024, year: 2024), try Seed.edition(Seed.text, year: 2025)]
        #expect(editions[1].tier.previous == .tier2WatchList)
        let timeline = Timeline(country: "Cuba", editions: editions, table: nil)
        #expect(timeline.consistency.filter { $0.kind == "tier" }.isEmpty)
    }

    @Test func upgradeThatIsNotUpIsReported() throws {
        let y2025 = Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Cuba was upgraded to Tier 3.")
        let timeline = Timeline(
            country: "Cuba", editions: [try Seed.edition(Seed.text, year: 2024), try Seed.edition(y2025, year: 2025)], table: nil)
        #expect(timeline.consistency.first { $0.kind == "tier" }?.message.contains("an upgrade to Tier 3") == true)
    }
}

@Suite struct TierSourceTests {
    @Test func anEditionThatStatesNoTierTakesTheTableAndSaysSo() throws {
        // Illustrative: a 2024 edition that is a trafficking profile alone, which states no tier.
        let profile = "Cuba is a source country for men, women, and children subjected to forced labor. Some are exploited abroad.\n"
        let partial = try Seed.edition(profile, year: 2024)
        #expect(partial.tier.placement == .unknown)
        let table = try TierTable(folder: Seed.path("Reports/tiers"))
        let timeline = Timeline(country: "Cuba", editions: [partial, try Seed.edition()], table: table)
        #expect(timeline.years.map(\.tier) == [.tier3, .tier3])
        #expect(timeline.years.map(\.tierSource) == [.tierTable, .statement])
    }
}

/// The timeline page: charts drawn as SVG by our own code, text escaped.
@Suite struct TimelineHTMLTests {
    @Test func theHTMLPageDrawsTheTierHistoryAndEachSeriesAsSVG() throws {
        let table = try TierTable(folder: Seed.path("Reports/tiers"))
        let timeline = Timeline(country: "Cuba", editions: try TimelineTests().editions(victimsIn2022: "six"), table: table)
        let history = table.history(of: "Cuba")
        let html = TimelineHTML.render(timeline, tierHistory: history)
        let years = Set(history.map { $0.year }).union(timeline.years.map { $0.year })
        #expect(html.components(separatedBy: "<circle cx=").count - 1 >= years.count, "a point a year, then the series' points")
        let watchYears = Set(history.filter { $0.tier == .tier2WatchList }.map { $0.year })
            .subtracting(timeline.years.map { $0.year }).union(timeline.years.filter { $0.tier == .tier2WatchList }.map { $0.year })
        #expect(html.components(separatedBy: "<rect class=\"watch\"").count - 1 == watchYears.count)
        // Figures that moved are charts, by their label (the key on hover); those that never moved share a table.
        let moved = timeline.series.filter { Set($0.points.map(\.value)).count > 1 || Set($0.points.map { $0.upper ?? -1 }).count > 1 }
        #expect(!moved.isEmpty && moved.count < timeline.series.count)
        #expect(html.components(separatedBy: "<figure>").count - 1 == moved.count)
        #expect(html.components(separatedBy: "<tr><th scope=\"row\">").count - 1 >= timeline.series.count - moved.count)
        #expect(html.contains("<span title=\"prevention.labor-inspections\">Labor inspections</span> <span class=\"unit\">(count)</span>"))
        #expect(html.contains("aria-label=\"Labor inspections: 2023 950, 2024 1,204, 2025 1,818\""))
        #expect(html.contains("class=\"axis\">1,818</text>"), "the y-axis is labelled")
        #expect(
            try #require(html.range(of: "<h2>Consistency</h2>")).lowerBound
                < (try #require(html.range(of: "<h2>Tier placement</h2>")).lowerBound))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
    }

    @Test func everyRegionThatScrollsSidewaysTakesTheKeyboardFocusAndHasAName() throws {
        let table = try TierTable(folder: Seed.path("Reports/tiers"))
        let timeline = Timeline(country: "Cuba", editions: try TimelineTests().editions(victimsIn2022: "six"), table: table)
        let html = TimelineHTML.render(timeline, tierHistory: table.history(of: "Cuba"))
        let regions = html.components(separatedBy: "<div class=\"wide\"").dropFirst()
        #expect(regions.count >= 2)
        for region in regions { #expect(region.hasPrefix(" tabindex=\"0\" role=\"region\" aria-label=\""), "\(region.prefix(80))") }
    }

    @Test func theHTMLPageEscapesWhatTheEditionsSay() throws {
        let text = Seed.text.replacingOnce("conducted 1,818 labor inspections", with: "conducted 1,818 labor <b>inspections</b>")
        let timeline = Timeline(country: "Cuba <i>", editions: [try Seed.edition(text, year: 2025)], table: nil)
        let html = TimelineHTML.render(timeline)
        #expect(html.contains("<title>Cuba &lt;i&gt;: tier and figures over 1 edition</title>"))
        #expect(!html.contains("<i>") && !html.contains("<b>"))
    }

    @Test func theHTMLPageCarriesAPolicyThatAllowsOnlyItsOwnStyle() throws {
        let html = TimelineHTML.render(Timeline(country: "Cuba", editions: try TimelineTests().editions(victimsIn2022: "six"), table: nil))
        let meta = try #require(html.firstMatch(of: /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/))
        let styles = ContentSecurityPolicy.inlineBodies(of: "style", in: html)
        #expect(styles.count == 1)
        #expect(String(meta.output.1) == ContentSecurityPolicy.staticPage(scripts: [], styles: styles))
        #expect(String(meta.output.1).contains("script-src 'none'"))
    }
}
