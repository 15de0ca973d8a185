import TIPModel
import TIPParsing
import Testing

/// HTML pages: the narrative's text only, with entities decoded and page furniture left out.
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

@Suite struct DeepHTMLTests {
    @Test func aPageNestedDeeperThanTheParserReadsIsAnErrorNotAShorterNarrative() {
        let deep = String(repeating: "<div>", count: 300) + "x" + String(repeating: "</div>", count: 300)
        let page =
            "<html><body><p>Cuba: Tier 3</p>\(deep)<p>The Government of Cuba does not fully meet the minimum standards for the elimination of trafficking and is not making significant efforts to do so. Cuba remained on Tier 3.</p></body></html>"
        #expect {
            try EditionLoader().edition(from: Array(page.utf8), path: "Reports/2025/cuba.html", format: .html)
        } throws: { error in
            guard case .malformedHTML(_, let reason)? = error as? EditionError else { return false }
            return reason.contains("nested more than 256 deep")
        }
    }
}
