import TIPModel
import TIPParsing
import Testing

/// The seed edition (an article quoting the 2025 Cuba narrative) parses to the structure a reader sees.
@Suite struct SeedEditionTests {
    @Test func seedIsCubaIn2025OnTier3() throws {
        let edition = try Repository.seed()
        #expect(edition.country == "Cuba")
        #expect(edition.reportYear == 2025)
        #expect(edition.tier.placement == .tier3)
        #expect(edition.tier.movement == .remained)
        #expect(edition.tier.policyOrPattern)
        #expect(!edition.tier.waiver)
        #expect(edition.tier.consecutiveYears == nil)
        #expect(edition.source.format == .text)
        #expect(edition.source.sha256.count == 64)
    }

    @Test func seedSectionsComeInReportOrderWithTheirVerdicts() throws {
        let edition = try Repository.seed()
        #expect(edition.sections.map(\.kind) == [.headline, .recommendations, .prosecution, .protection, .prevention, .profile])
        #expect(edition.sections.map(\.verdict) == [nil, nil, .maintained, .maintained, .maintained, nil])
        #expect(edition.section(.prosecution)?.heading == "PROSECUTION")
        #expect(edition.section(.recommendations)?.heading == "Prioritized Recommendations for Cuba")
    }

    @Test func seedHasElevenRecommendations() throws {
        let edition = try Repository.seed()
        #expect(edition.recommendations.count == 11)
        #expect(edition.recommendations.first?.text.hasPrefix("Cease threats and deceptive practices") == true)
        #expect(edition.recommendations.last?.text.hasSuffix("child sex trafficking offenses.") == true)
    }

    @Test func articleTextAroundTheNarrativeIsLeftOut() throws {
        let edition = try Repository.seed()
        let all = edition.sections.flatMap(\.sentences).map(\.text)
        #expect(!all.contains { $0.contains("33 countries in Tier 1") })
        #expect(!all.contains { $0.contains("State Dep’t") })
        #expect(all.first?.hasPrefix("The government of Cuba does not fully meet") == true)
        #expect(all.last == "The total number of Cuban regime-affiliated workers in other sectors remains unknown.")
    }

    @Test func noSentenceBreaksInsideUSOrArticleNumbers() throws {
        let edition = try Repository.seed()
        let sentences = edition.sections.flatMap(\.sentences)
        for sentence in sentences {
            #expect(!sentence.text.hasSuffix("U.S."), "\(sentence.text)")
            #expect(!sentence.text.hasSuffix("Article 363."), "\(sentence.text)")
            #expect(!sentence.text.hasPrefix("1 "), "\(sentence.text)")
        }
        let article = sentences.first { $0.text.hasPrefix("Article 363.1 of the 2022 penal code") }
        #expect(article?.text.hasSuffix("for those involving a child victim.") == true)
    }

    @Test func sentenceRangesPointAtTheirTextWithQuotesRemoved() throws {
        let edition = try Repository.seed()
        for sentence in edition.sections.flatMap(\.sentences) {
            let excerpt = edition.excerpt(sentence.range)
            #expect(excerpt.split(whereSeparator: \.isWhitespace).joined(separator: " ") == sentence.text)
            #expect(!excerpt.hasPrefix("“"))
            #expect(!excerpt.hasSuffix("””"))
        }
    }

    @Test func wrappingQuotesAreRemovedButInnerQuotesKept() throws {
        let edition = try Repository.seed()
        let headline = try #require(edition.section(.headline)).sentences
        #expect(headline[0].text.hasPrefix("The government of Cuba"))
        #expect(headline.contains { $0.text.contains("“government policy or pattern”") })
        let sentences = edition.sections.flatMap(\.sentences).map(\.text)
        #expect(sentences.contains("The regime maintained prosecution efforts."))
        #expect(sentences.contains { $0.hasSuffix("associated with these agreements.") })
    }
}
