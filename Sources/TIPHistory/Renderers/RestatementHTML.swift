import TIPModel
import TIPStatistics
import TIPSupport

/// The restatement audit as one self-contained HTML page: the counts, then a table per country with a row
/// per restated figure, its status, and what the earlier edition printed (both quotes and both editions
/// when it was revised). No script, no network.
public enum RestatementHTML {
    public static func render(_ audit: RestatementAudit) -> String {
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        let counts = RestatementStatus.allCases.map { "\(audit.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        var body = [
            "<h1>Restated figures: \(SeriesPage.counted(audit.checks.count, "check")) in "
                + "\(SeriesPage.counted(audit.countries.count, "country", plural: "countries"))</h1>",
            "<p>Each figure an edition gives for an earlier period, checked against the latest earlier edition that gave "
                + "it as its current figure: \(counts).</p>",
        ]
        var byCountry: [String: [RestatementCheck]] = [:]
        for check in audit.checks { byCountry[check.country, default: []].append(check) }
        for country in audit.countries {
            let checks = byCountry[country]!
            body.append("<h2 id=\"\(e(CountryKey.fileName(country)))\">\(e(country))</h2>")
            body.append(
                "<table><caption>\(e(country)): \(SeriesPage.counted(checks.count, "restated figure")), "
                    + RestatementStatus.allCases.map { status in "\(checks.filter { $0.status == status }.count) \(status.rawValue)" }
                    .joined(separator: ", ")
                    + "</caption><thead><tr><th scope=\"col\">edition</th><th scope=\"col\">figure</th>"
                    + "<th scope=\"col\">status</th><th scope=\"col\">the earlier edition</th></tr></thead><tbody>")
            for check in checks {
                let figure = check.restated
                let earlier: String
                switch (check.status, check.reported) {
                case (.revised, let reported?):
                    earlier =
                        "\(reported.year) gave \(e(Statistic.readable(reported.value))): <q>\(e(reported.sentence))</q> "
                        + "<span class=\"cite\">\(e(reported.path))</span><br/>\(figure.year): <q>\(e(figure.sentence))</q> "
                        + "<span class=\"cite\">\(e(figure.path))</span>"
                case (_, let reported?):
                    earlier = "\(reported.year), the same <span class=\"cite\">\(e(reported.path))</span>"
                case (_, nil):
                    earlier = "<span class=\"cite\">\(e(check.reason ?? ""))</span>"
                }
                let style = check.status == .notFound ? "missing" : check.status.rawValue
                body.append(
                    "<tr><th scope=\"row\">\(figure.year)</th><td><span title=\"\(e(check.key))\">"
                        + "\(e(Statistic.readable(figure.value))) \(e(figure.counted))</span> for \(e(check.period))</td>"
                        + "<td class=\"\(style)\">\(check.status.rawValue)</td><td>\(earlier)</td></tr>")
            }
            body.append("</tbody></table>")
        }
        return SeriesPage.render(title: "Restated figures checked", body: body)
    }
}
