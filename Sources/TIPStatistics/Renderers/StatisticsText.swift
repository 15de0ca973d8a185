import TIPModel
import TIPSupport

/// Editions' statistics as a terminal table: per edition, one line a statistic.
public enum StatisticsText {
    /// Several editions' statistics, one table each, a blank line between.
    public static func render(_ rows: [(Edition, [Statistic])]) -> String { rows.map { render($1, of: $0) }.joined(separator: "\n\n") }

    /// One line a statistic: section, key, value with unit, qualifier, its label and what the text counts, period, prior link.
    public static func render(_ statistics: [Statistic], of edition: Edition) -> String {
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
}
