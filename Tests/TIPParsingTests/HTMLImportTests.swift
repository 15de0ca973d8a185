/// HTML pages: the narrative's text only, with entities decoded and page furniture left out.

import TIPModel
import TIPParsing
import Testing

@Suite struct HTMLImportTests {
    @Test func pageFurnitureIsLeftOut() throws {
        let edition = try EditionLoader().edition(at: Fixtures.path("styles/state-gov-page.html"))
        #expect(!edition.text.contains("analytics"))
        #expect(!edition.text.contains("font-family"))
        #expect(!edition.text.contains("Skip to content"))
        #expect(!edition.text.contains("privacy"))
        #expect(!edition.text.contains("Email this page"))
        #expect(edition.source.format == .html)
        #expect(edition.reportYear == 2025)
    }

    @Test func entitiesAreDecoded() throws {
        let edition = try EditionLoader().edition(at: Fixtures.path("styles/state-gov-page.html"))
        #expect(edition.text.contains("workers’ wages"))
        #expect(edition.text.contains("“government policy or pattern”"))
        #expect(!edition.text.contains("&rsquo;"))
    }

    @Test func pageAndTextGiveTheSameStructure() throws {
        let page = try EditionLoader().edition(at: Fixtures.path("styles/state-gov-page.html"))
        let text = try EditionLoader().edition(at: Fixtures.path("styles/colon-heading-wrapped.txt"))
        #expect(Structure(page) == Structure(text))
    }

    @Test func externalEntitiesAreNotExpanded() throws {
        let html = """
            <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <html><body><h2>TESTLAND: Tier 2</h2><p>The Government of Testland does not fully meet the minimum standards for the elimination of trafficking. &secret; Testland remained on Tier 2.</p></body></html>
            """
        let edition = try EditionLoader().edition(from: Array(html.utf8), path: "testland.html", format: .html)
        #expect(!edition.text.contains("root:"))
        #expect(edition.tier.placement == .tier2)
    }
}
