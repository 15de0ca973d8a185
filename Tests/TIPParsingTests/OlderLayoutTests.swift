import TIPModel
import TIPParsing
import Testing

/// What older and partial narratives say, read right. The texts are illustrative, written in the report's
/// style for each layout, not quoted from any edition.
@Suite struct OlderLayoutTests {
    private func edition(_ text: String, path: String = "Reports/2012/testland.txt") throws -> Edition {
        try TextImporter().edition(from: text, path: path, sha256: "")
    }

    private let failsButTries =
        "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so."
    private let failsAndDoesNotTry =
        "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking and is not making significant efforts to do so."

    @Test func consecutiveYearsComeOnlyFromTheTierStatement() throws {
        let e = try edition(
            "TESTLAND: Tier 3\n\n" + failsAndDoesNotTry
                + " Therefore Testland was downgraded to Tier 3. For the fifth consecutive year, officials convicted no traffickers.\n")
        #expect(e.tier.placement == .tier3)
        #expect(e.tier.consecutiveYears == nil)
    }

    @Test func placedOnTheWatchListForAConsecutiveYearMeansItRemained() throws {
        let e = try edition(failsButTries + " Testland is placed on Tier 2 Watch List for the third consecutive year.\n")
        #expect(e.tier.placement == .tier2WatchList)
        #expect(e.tier.movement == .remained)
        #expect(e.tier.consecutiveYears == 3)
        #expect(e.tier.source == .statement)
    }

    @Test func aBareTierLineUnderTheNameIsTheTierHeading() throws {
        let e = try edition(
            "TESTLAND\nTier 2 Watch List\n\n" + failsButTries + "\n\nPROSECUTION\n\nThe government maintained law enforcement efforts.\n")
        #expect(e.tier.placement == .tier2WatchList)
        #expect(e.tier.source == .heading)
        #expect(e.sections.first?.heading == "TESTLAND")
    }

    @Test func aTierLineAloneAtTheTopIsTheTierHeading() throws {
        let e = try edition("Tier 3\n\n" + failsAndDoesNotTry + "\n\nPREVENTION\n\nThe government decreased prevention efforts.\n")
        #expect(e.tier.placement == .tier3)
        #expect(e.tier.source == .heading)
        #expect(e.country == "Testland")
    }

    @Test(arguments: [
        ("The Government of Testland fully complies with the minimum standards for the elimination of trafficking.", Tier.tier1, nil),
        (
            "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking and is not making significant efforts to do so.",
            .tier3, nil
        ),
        (
            "The Government of Testland does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so.",
            .unknown, [Tier.tier2, .tier2WatchList]
        ),
    ])
    func theHeadlineFormulaSaysTheTier(_ headline: String, _ tier: Tier, _ possible: [Tier]?) throws {
        let e = try edition(headline + "\n\nPROSECUTION\n\nThe government maintained law enforcement efforts.\n")
        #expect(e.tier.placement == tier)
        #expect(e.tier.possible == possible)
        #expect(e.tier.source == .headlineFormula)
    }

    @Test func aProfileAloneIsAPartialEdition() throws {
        let e = try edition(
            "Testland is a source country for men, women, and children subjected to forced labor. Some victims are exploited abroad.\n")
        #expect(e.sections.map(\.kind) == [.profile])
        #expect(e.tier.placement == .unknown)
        #expect(e.warnings == ["no headline: a partial narrative (profile only); tier unknown"])
    }

    @Test func oneSectionAloneIsAPartialEdition() throws {
        let e = try edition("The government maintained prosecution efforts. Authorities investigated 12 cases.\n")
        #expect(e.sections.map(\.kind) == [.prosecution])
        #expect(e.sections.first?.verdict == .maintained)
        #expect(e.warnings.count == 1)
    }
}
