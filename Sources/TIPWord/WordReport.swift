import TIPModel
import TIPReport
import TIPXML

/// The change report as a Word document (.docx): the summary, each country's narrative with the changes as
/// tracked changes (accept all gives the newer edition, reject all the older) and the reviewers' notes as
/// comments on their text, the figures, the orphaned notes and the provenance. The same report gives the same
/// bytes.
public enum WordReport {
    public static func bytes(_ report: Report) throws(XMLFailure) -> [UInt8] {
        var body = try WordBody(report)
        try body.visit(report.comparison)
        let document = try body.markup.finishDocument()
        return try WordPackage(document: document, comments: body.comments, properties: properties(report, title: body.title)).bytes()
    }

    /// The editions' provenance as properties: paths and hashes in the description, the years as keywords.
    static func properties(_ report: Report, title: String) -> WordProperties {
        let countries = report.comparison.countries
        let editions = countries.flatMap { country in
            [("old", country.old.edition, country.oldYear), ("new", country.new.edition, country.newYear)].map { role, edition, year in
                "\(role) \(year.map(String.init) ?? "undated"): \(edition.source.path) (sha256 \(edition.source.sha256))"
            }
        }
        let notes = report.noteSources.map { "notes: \($0.path) (sha256 \($0.sha256))" }
        let years = Set(countries.flatMap { [$0.oldYear, $0.newYear] }.compactMap { $0 }).sorted()
        let newest = years.last.map { String(format: "%04d-01-01T00:00:00Z", $0) } ?? "1980-01-01T00:00:00Z"
        return WordProperties(
            title: title, subject: "Trafficking in Persons report: changes between editions", creator: report.tool,
            keywords: (["TIP report"] + years.map(String.init)).joined(separator: ", "),
            description: (editions + notes).joined(separator: "; "),
            created: newest)
    }
}
