import TIPParsing
import Testing

/// Splitting a whole report's text into one narrative per country.
@Suite struct NarrativeSplitterTests {
    private let known: [String: String] = ["cuba": "Cuba", "burma": "Burma", "myanmar": "Burma", "korea, south": "South Korea"]

    @Test func eachCountryHeadingStartsANarrative() {
        let text = """
            Illustrative sample for tipdiff's tests, in the style of the report's country narratives.
            COUNTRY NARRATIVES
            BURMA: Tier 3
            The Government of Burma does not fully meet the minimum standards for the elimination of trafficking.
            PROSECUTION
            The government decreased law enforcement efforts.
            CUBA (TIER 3)
            The government of Cuba does not fully meet the minimum standards for the elimination of trafficking.
            PREVENTION
            The regime maintained prevention efforts.
            KOREA, SOUTH: Tier 1
            The Government of the Republic of Korea fully meets the minimum standards.
            ATLANTIS: Tier 2
            The Government of Atlantis does not fully meet the minimum standards.
            """
        let splitter = NarrativeSplitter(canonical: { [known] in known[$0.lowercased()] })
        let narratives = splitter.narratives(in: text)
        #expect(narratives.map(\.country) == ["Burma", "Cuba", "South Korea", nil])
        #expect(narratives.map(\.heading) == ["Burma", "Cuba", "Korea, South", "Atlantis"])
        #expect(narratives.map(\.line) == [3, 7, 11, 13])
        #expect(
            narratives[1].text
                == "CUBA (TIER 3)\nThe government of Cuba does not fully meet the minimum standards for the elimination of trafficking.\nPREVENTION\nThe regime maintained prevention efforts.\n"
        )
        #expect(!narratives.contains { $0.text.contains("COUNTRY NARRATIVES") })
    }

    @Test func crlfLineEndsSplitAsLineFeedsDo() throws {
        let text = "CUBA: Tier 3\r\nThe regime maintained prevention efforts.\r\nBURMA: Tier 3\r\nThe government decreased efforts.\r\n"
        let narratives = NarrativeSplitter(canonical: { [known] in known[$0.lowercased()] }).narratives(in: text)
        #expect(narratives.map(\.country) == ["Cuba", "Burma"])
        #expect(narratives.map(\.line) == [1, 3])
        #expect(try #require(narratives.first).text == "CUBA: Tier 3\nThe regime maintained prevention efforts.\n")
    }
}
