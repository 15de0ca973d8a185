import TIPModel
import TIPSupport

/// Editions' statistics as CSV that opens cleanly in a spreadsheet.
public enum StatisticsCSV {
    /// The CSV header.
    public static let columns = [
        "country", "year", "section", "sentence", "key", "value", "upper", "open_upper", "unit", "currency",
        "qualifier", "counted", "action", "period", "prior", "prior_of", "text", "start", "end", "index", "resolved_period",
        "role", "label",
    ]

    /// RFC 4180 CSV (CRLF line ends, quoted fields where needed), one row a statistic, country and year first.
    public static func render(_ rows: [(Edition, [Statistic])]) -> String {
        var table = CSVTable(header: columns)
        for (edition, statistics) in rows {
            for s in statistics {
                let fields: [String] = [
                    edition.country, edition.reportYear.map(String.init) ?? "", s.section.rawValue, String(s.sentence),
                    s.key, Statistic.format(s.value), s.upper.map(Statistic.format) ?? "", s.openUpper ?? "",
                    s.unit.description, s.currency ?? "", s.qualifier ?? "", s.counted, s.action ?? "", s.period ?? "",
                    s.prior ? "true" : "false", s.priorOf.map(String.init) ?? "", s.text, String(s.range.start),
                    String(s.range.end), String(s.index), s.resolvedPeriod ?? "", s.role, s.label,
                ]
                table.append(fields)
            }
        }
        return table.text
    }
}
