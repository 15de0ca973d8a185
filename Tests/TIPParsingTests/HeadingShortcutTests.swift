import Testing

@testable import TIPParsing

/// The byte test that sets a hard-wrapped narrative's lines aside before the heading patterns run never sets
/// aside a heading, and sets aside the prose lines it is there for.
@Suite struct HeadingShortcutTests {
    @Test(arguments: [
        "CUBA", "Cuba", "CUBA: Tier 3", "Cuba (Tier 2 Watch List)", "Tier 3", "  TIER 2 WATCH LIST  ", "Special Case",
        "2025 Trafficking in Persons Report: Cuba", "BOSNIA AND HERZEGOVINA", "Congo, Democratic Republic of the",
        "Cote d'Ivoire", "Côte d’Ivoire: Tier 2", "Cuba[1]",
    ])
    func aHeadingIsNeverSetAside(line: String) {
        #expect(!CountryHeading.isSurelyNoHeading(line))
    }

    @Test(arguments: [
        "the government did not report any prosecutions of traffickers and victims",
        "of traffickers and victims.", "in 2022, officials identified 14 victims", "",
        "Authorities reported training law enforcement officials on victim",
        String(repeating: "Cuba ", count: 20),
    ])
    func proseIsSetAside(line: String) {
        #expect(CountryHeading.isSurelyNoHeading(line))
        #expect(CountryHeading(line, fileCountry: "Cuba", markedAsHeading: false) == nil)
    }

    @Test func aShortNameLineStillReadsAsTheHeading() {
        #expect(CountryHeading("CUBA", fileCountry: nil, markedAsHeading: false)?.name == "Cuba")
        #expect(CountryHeading("Cuba: Tier 3", fileCountry: nil, markedAsHeading: false)?.tier == .tier3)
    }
}
