import TIPDiff
import TIPModel
import TIPXML

/// A report of many countries as pages that each open fast: `index.html` (summary, movements, the index of
/// countries linking to their pages) and `countries/<country>.html`, from the same stylesheet as the one page.
public enum ReportPages {
    /// Past this many countries the report is written as pages as well as one page.
    public static let threshold = 60

    /// The pages, as paths relative to the HTML folder and their bytes, index first, countries in order.
    public static func render(_ report: Report, xml: [UInt8]) throws(XMLFailure) -> [(path: String, bytes: [UInt8])] {
        let pages = pages(of: report)
        return zip(pages.map(\.path), try render(pages, xml: xml)).map { ($0, $1) }
    }

    /// The bytes of `pages`, in their order, from a parse of `xml` and of the stylesheet of their own, so that
    /// runs of pages can be made on several threads at once (a libxml2 document and a libxslt stylesheet are
    /// used by one thread at a time).
    public static func render(_ pages: [Page], xml: [UInt8]) throws(XMLFailure) -> [[UInt8]] {
        guard !pages.isEmpty else { return [] }
        let document = try XMLDocument(bytes: xml)
        let stylesheet = try XSLTStylesheet(at: ReportFiles.stylesheetPath)
        return try pages.map { page throws(XMLFailure) in try page.render(from: document, by: stylesheet) }
    }

    /// The pages to write, index first, countries in order, each rendered from the report's XML document only
    /// when asked, so that a writer can let each page go before it makes the next.
    public static func pages(of report: Report) -> [Page] {
        [Page(path: "index.html", parameters: ["page": "index"])]
            + report.comparison.countries.map { country in
                let slug = CountryKey.fileName(country.country)
                return Page(path: "countries/\(slug).html", parameters: ["page": "country", "slug": slug])
            }
    }

    /// One page: its path relative to the HTML folder and the stylesheet parameters that select it.
    public struct Page: Sendable {
        public var path: String
        var parameters: [String: String]

        /// The page's bytes, from `document` (the report's XML) through `stylesheet` (the report's, parsed once
        /// for every page).
        public func render(from document: XMLDocument, by stylesheet: XSLTStylesheet) throws(XMLFailure) -> [UInt8] {
            try document.transformed(by: stylesheet, parameters: parameters)
        }
    }
}
