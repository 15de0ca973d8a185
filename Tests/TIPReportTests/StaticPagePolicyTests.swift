import TIPAnnotations
import TIPDiff
import TIPModel
import TIPReport
import TIPSupport
import TIPTestSupport
import Testing

/// The `content` of the page's policy meta element.
private func metaPolicy(in html: String) -> String? {
    guard let meta = html.firstMatch(of: /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/) else { return nil }
    return String(meta.output.1)
}

private func expectedPolicy(for html: String) -> String {
    ContentSecurityPolicy.staticPage(
        scripts: ContentSecurityPolicy.inlineBodies(of: "script", in: html),
        styles: ContentSecurityPolicy.inlineBodies(of: "style", in: html))
}

/// The report's static pages carry a strict Content-Security-Policy of their own that names exactly the
/// inline style and script they hold.
@Suite struct StaticPagePolicyTests {
    private func report(countries: [String]) throws -> Report {
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let old = try countries.map { try Seed.edition(renamed($0), year: 2024, country: CountryKey.fileName($0)) }
        let new = try countries.map { try Seed.edition(renamed($0), country: CountryKey.fileName($0)) }
        return ReportBuilder(tool: "t").report(Differ().compare(folder: old, new), notes: AnnotationSet(files: []))
    }

    @Test func theStaticPageCarriesAStrictPolicyNamingItsOwnInlineCode() throws {
        let html = String(decoding: try RenderedReport(try report(countries: ["Cuba", "Testland"])).html, as: UTF8.self)
        let policy = try #require(metaPolicy(in: html), "the page has no policy")
        #expect(ContentSecurityPolicy.inlineBodies(of: "script", in: html).count == 1)
        #expect(policy == expectedPolicy(for: html), "update the hashes in report.xsl to: \(expectedPolicy(for: html))")
        #expect(policy.hasPrefix("default-src 'none'"))
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval") && !policy.contains("http"))
        let head = try #require(html.range(of: "</head>"))
        #expect(html.range(of: "Content-Security-Policy")!.lowerBound < html.range(of: "<style>")!.lowerBound)
        #expect(html.range(of: "Content-Security-Policy")!.lowerBound < head.lowerBound)
    }

    @Test func everyPagedPageCarriesThePolicy() throws {
        let report = try report(countries: ["Cuba", "Testland"])
        let rendered = try RenderedReport(report)
        let onePage = metaPolicy(in: String(decoding: rendered.html, as: UTF8.self))
        let pages = try ReportPages.render(report, xml: rendered.xml)
        #expect(pages.count == 3)
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            let policy = try #require(metaPolicy(in: html), "\(page.path) has no policy")
            #expect(policy == onePage, "\(page.path)")
            for body in ContentSecurityPolicy.inlineBodies(of: "script", in: html)
                + ContentSecurityPolicy.inlineBodies(of: "style", in: html)
            {
                #expect(policy.contains(ContentSecurityPolicy.hashSource(of: body)), "\(page.path): inline code the policy blocks")
            }
        }
    }
}
