import TIPModel
import TIPParsing
import Testing

/// Tier placement, movement, waiver, Watch List years and the policy-or-pattern finding, in each wording.
@Suite struct PlacementTests {
    private func edition(_ text: String, path: String = "Reports/2024/testland.txt") throws -> Edition {
        try TextImporter().edition(from: text, path: path, sha256: "")
    }

    private let formula =
        "The Government of Testland does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so."

    @Test func downgradeIsRead() throws {
        let e = try edition(formula + " Therefore Testland was downgraded to Tier 3.")
        #expect(e.tier.placement == .tier3)
        #expect(e.tier.movement == .downgraded)
        #expect(e.tier.statement == "Therefore Testland was downgraded to Tier 3.")
    }

    @Test func upgradeToWatchListIsRead() throws {
        let e = try edition(formula + " Therefore Testland was upgraded to Tier 2 Watch List.")
        #expect(e.tier.placement == .tier2WatchList)
        #expect(e.tier.movement == .upgraded)
    }

    @Test func consecutiveYearsAndWaiverAreRead() throws {
        let e = try edition(
            formula
                + " Testland was granted a waiver per the Trafficking Victims Protection Act from an otherwise required downgrade to Tier 3 because its government has devoted sufficient resources to a written plan. Therefore Testland remained on Tier 2 Watch List for the third consecutive year."
        )
        #expect(e.tier.placement == .tier2WatchList)
        #expect(e.tier.movement == .remained)
        #expect(e.tier.waiver)
        #expect(e.tier.consecutiveYears == 3)
        #expect(!e.tier.policyOrPattern)
    }

    @Test(arguments: ["Tier 2WL", "Tier 2 Watchlist", "Tier 2 Watch-List", "TIER 2 WATCH LIST"])
    func watchListSpellingsInHeadings(_ spelling: String) throws {
        let e = try edition("TESTLAND: \(spelling)\n\n" + formula)
        #expect(e.tier.placement == .tier2WatchList)
        #expect(e.tier.movement == .unknown)
        #expect(e.country == "Testland")
        #expect(e.countrySource == .heading)
    }

    @Test func tierOneFullyMeetsTheStandards() throws {
        let e = try edition(
            "The Government of Testland fully meets the minimum standards for the elimination of trafficking. The government continued to demonstrate serious and sustained efforts."
        )
        #expect(e.tier.placement == .tier1)
    }

    @Test func specialCaseIsRead() throws {
        let e = try edition("TESTLAND: Special Case\n\n" + formula)
        #expect(e.tier.placement == .specialCase)
    }

    @Test func olderWordingComplyWithIsAHeadline() throws {
        let e = try edition(
            "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so."
        )
        #expect(e.sections.map(\.kind) == [.headline])
        #expect(e.country == "Testland")
    }

    @Test func negatedPolicyOrPatternIsNoFinding() throws {
        let e = try edition(formula + " There was no “government policy or pattern” of trafficking. Testland remained on Tier 2.")
        #expect(!e.tier.policyOrPattern)
        #expect(e.tier.placement == .tier2)
    }

    @Test func yearComesFromTheTextWhenThePathHasNone() throws {
        let e = try edition("From the 2019 Trafficking in Persons Report:\n" + formula, path: "/tmp/testland.txt")
        #expect(e.reportYear == 2019)
    }

    @Test func olderEditionWithoutHeadingsGetsInferredSections() throws {
        let text = """
            TESTLAND (Tier 2)

            Testland is a source, transit, and destination country for men, women, and children subjected to forced labor.

            \(formula) Testland remained on Tier 2.

            Recommendations for Testland: Increase investigations; train officials; and fund shelters.

            The government maintained law enforcement efforts. Authorities investigated seven cases.

            The government decreased protection efforts. Authorities identified 12 victims.

            The government increased prevention efforts. It ran one campaign.
            """
        let e = try edition(text)
        #expect(e.sections.map(\.kind) == [.profile, .headline, .recommendations, .prosecution, .protection, .prevention])
        #expect(e.sections.map(\.verdict) == [nil, nil, nil, .maintained, .decreased, .increased])
        #expect(e.recommendations.map(\.text) == ["Increase investigations", "Train officials", "Fund shelters."])
        #expect(e.tier.placement == .tier2)
    }
}
