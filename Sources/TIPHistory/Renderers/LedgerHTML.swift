import TIPModel
import TIPSupport

/// The recommendation ledger as one self-contained HTML page: the archive-wide counts per year, then a table
/// per country with a row per recommendation, its years and statuses in words, and each year's evidence
/// sentences folded under it. No script, no network.
public enum LedgerHTML {
    public static func render(_ ledger: RecommendationLedger) -> String {
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        let years = ledger.years
        let span = years.isEmpty ? "" : " (\(years.first!)–\(years.last!))"
        var body = [
            "<h1>Prioritized recommendations across \(SeriesPage.counted(ledger.countries.count, "country", plural: "countries"))\(span)</h1>",
            "<p class=\"key\">Each recommendation from the edition that first printed it: <span class=\"first\">first</span>, "
                + "<span class=\"repeated\">repeated</span> word for word, <span class=\"reworded\">reworded</span>, "
                + "<span class=\"dropped\">dropped</span> (the next edition no longer has it). The evidence is the sentences of "
                + "that year's prosecution, protection and prevention text that share its subject, to read, not a score.</p>",
            "<table><caption>Recommendations per edition year, all countries</caption><thead><tr><th scope=\"col\">year</th>"
                + LedgerStatus.allCases.map { "<th scope=\"col\">\($0.rawValue)</th>" }.joined() + "</tr></thead><tbody>",
        ]
        for year in years {
            body.append(
                "<tr><th scope=\"row\">\(year)</th>"
                    + LedgerStatus.allCases.map { "<td class=\"n\">\(ledger.count($0, in: year))</td>" }.joined() + "</tr>")
        }
        body.append("</tbody></table>")
        for country in ledger.countries {
            body.append("<h2 id=\"\(e(CountryKey.fileName(country.country)))\">\(e(country.country))</h2>")
            body.append(
                "<table><caption>\(e(country.country)): \(SeriesPage.counted(country.entries.count, "recommendation")) over "
                    + "\(SeriesPage.counted(country.years.count, "edition"))</caption><thead><tr><th scope=\"col\">id</th>"
                    + "<th scope=\"col\">recommendation (as last printed)</th><th scope=\"col\">years</th></tr></thead><tbody>")
            for entry in country.entries {
                let marks = entry.years.map { "<span class=\"\($0.status.rawValue)\">\($0.year) \($0.status.rawValue)</span>" }
                let evidence = entry.years.flatMap { year in
                    year.evidence.map {
                        "<li>\(year.year), \(e($0.section.rawValue)): \(e($0.text)) <span class=\"cite\">(\(e($0.shared.joined(separator: ", "))))</span></li>"
                    }
                }
                let folded =
                    evidence.isEmpty
                    ? ""
                    : "<details><summary>\(SeriesPage.counted(evidence.count, "evidence sentence"))</summary><ul>"
                        + evidence.joined() + "</ul></details>"
                body.append(
                    "<tr><th scope=\"row\">\(e(entry.id))</th><td>\(e(entry.text))\(folded)</td><td>\(marks.joined(separator: ", "))</td></tr>"
                )
            }
            body.append("</tbody></table>")
        }
        return SeriesPage.render(title: "The recommendation ledger\(span)", body: body)
    }
}
