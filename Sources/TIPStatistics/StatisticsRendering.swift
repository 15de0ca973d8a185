import TIPModel
import TIPSupport

/// Statistics as a terminal table and as CSV that opens cleanly in a spreadsheet.
public enum StatisticsRendering {
    /// One line a statistic: section, key, value with unit, qualifier, its label and what the text counts, period, prior link.
    public static func table(_ statistics: [Statistic], of edition: Edition) -> String {
        var lines = ["\(edition.country) \(edition.reportYear.map(String.init) ?? "year unknown"): \(statistics.count) statistics"]
        // Columns as wide as their longest entry, so that a long key never pushes the rest out of line.
        let keyWidth = (statistics.map(\.key.count).max() ?? 0) + 2
        for s in statistics {
            var value = s.valueText
            switch s.unit {
            case .percent: value += "%"
            case .money: value = (s.currency ?? "") + " " + value
            case .count: break
            case _ where s.upperUnit != nil: break
            default: value += " " + s.unit.description
            }
            if let q = s.qualifier { value = q + " " + value }
            var line = "  #\(s.index)".padded(6) + s.key.padded(Swift.max(46, keyWidth)) + value.padded(24) + s.label
            // The text's own words, where they say more than the label.
            if !s.counted.isEmpty, s.counted.lowercased() != s.label.lowercased() { line += " — " + s.counted }
            if let period = s.period { line += " [\(period)]" }
            if let resolved = s.resolvedPeriod, s.period.map({ !$0.hasSuffix(resolved) }) ?? true { line += " (\(resolved))" }
            if s.prior { line += s.priorOf.map { " (earlier figure, compared with #\($0))" } ?? " (earlier figure)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The CSV header.
    public static let csvColumns = [
        "country", "year", "section", "sentence", "key", "value", "upper", "open_upper", "unit", "currency",
        "qualifier", "counted", "action", "period", "prior", "prior_of", "text", "start", "end", "index", "resolved_period",
        "role", "label",
    ]

    /// RFC 4180 CSV (CRLF line ends, quoted fields where needed), one row a statistic, country and year first.
    public static func csv(_ rows: [(Edition, [Statistic])]) -> String {
        var table = CSVTable(header: csvColumns)
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
