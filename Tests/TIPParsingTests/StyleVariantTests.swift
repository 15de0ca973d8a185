import Foundation
import TIPModel
import TIPParsing
import Testing

/// The same narrative in every heading, quoting and list style gives the same structure.
@Suite struct StyleVariantTests {
    static let variants = [
        "colon-heading-wrapped.txt", "paren-heading-inline.txt", "caps-paren-semicolons.txt",
        "bare-heading-dashes.txt", "state-gov-page.html",
    ]

    @Test(arguments: variants)
    func variantHasTheSeedsStructure(_ name: String) throws {
        let seed = Structure(try Repository.seed())
        let variant = Structure(try EditionLoader().edition(at: Fixtures.path("styles/" + name)))
        #expect(variant.country == seed.country)
        #expect(variant.tier == seed.tier)
        #expect(variant.sections == seed.sections)
        #expect(variant.recommendations == seed.recommendations)
        #expect(variant.sentences.count == seed.sentences.count)
        for (mine, theirs) in zip(variant.sentences, seed.sentences) where mine != theirs {
            Issue.record("sentence differs in \(name):\n  \(mine)\n  \(theirs)")
            break
        }
    }

    @Test func headingStatesTheCountryAndTier() throws {
        let wrapped = try EditionLoader().edition(at: Fixtures.path("styles/colon-heading-wrapped.txt"))
        #expect(wrapped.countrySource == .heading)
        #expect(wrapped.section(.headline)?.heading == "CUBA: Tier 3")
        let paren = try EditionLoader().edition(at: Fixtures.path("styles/paren-heading-inline.txt"))
        #expect(paren.section(.headline)?.heading == "Cuba (Tier 3)")
        #expect(paren.section(.prosecution)?.heading == "Prosecution")
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let wrapped = try EditionLoader().edition(at: Fixtures.path("styles/colon-heading-wrapped.txt"))
        #expect(wrapped.section(.headline)?.paragraphs.count == 1)
        let first = try #require(wrapped.section(.prosecution)?.paragraphs.dropFirst().first)
        #expect(first.sentences.count == 7)
        #expect(wrapped.excerpt(first.range).contains("\n"))
    }

    @Test func semicolonRecommendationsWithoutHeadingAreSplit() throws {
        let edition = try EditionLoader().edition(at: Fixtures.path("styles/caps-paren-semicolons.txt"))
        let section = try #require(edition.section(.recommendations))
        #expect(section.heading == nil)
        #expect(edition.recommendations.count == 11)
        #expect(edition.recommendations[1].text.hasPrefix("Ensure contracts"))
        #expect(!edition.recommendations.contains { $0.text.lowercased().hasPrefix("and ") || $0.text.hasSuffix(";") })
    }
}

@Suite struct LineModeTests {
    @Test func longParagraphLinesWithAShortHeaderAreNotHardWrapped() throws {
        let edition = try EditionLoader().edition(at: Repository.path("Reports/2024/cuba.txt"))
        #expect(edition.section(.prosecution)?.paragraphs.count == 6)
        #expect(edition.sections.first?.sentences.first?.text.hasPrefix("The government of Cuba does not fully meet") == true)
        #expect(!edition.sections.flatMap(\.sentences).contains { $0.text.contains("Illustrative sample") })
    }

    @Test func illustrativePriorEditionStatesItsOwnPlacement() throws {
        let edition = try EditionLoader().edition(at: Repository.path("Reports/2024/cuba.txt"))
        #expect(edition.reportYear == 2024)
        #expect(edition.tier.placement == .tier2WatchList)
        #expect(edition.tier.consecutiveYears == 2)
        #expect(edition.sections.map(\.verdict) == [nil, nil, .decreased, .maintained, .increased, nil])
    }
}
