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
        let document = try XMLDocument(bytes: xml)
        var pages = [
            (path: "index.html", bytes: try document.transformed(byStylesheetAt: ReportFiles.stylesheetPath, parameters: ["page": "index"]))
        ]
        for country in report.comparison.countries {
            let slug = CountryKey.fileName(country.country)
            pages.append(
                (
                    "countries/\(slug).html",
                    try document.transformed(byStylesheetAt: ReportFiles.stylesheetPath, parameters: ["page": "country", "slug": slug])
                ))
        }
        return pages
    }
}
