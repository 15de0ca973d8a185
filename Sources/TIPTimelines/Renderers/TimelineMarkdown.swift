import TIPModel
import TIPStatistics
import TIPSupport

/// A timeline as Markdown: a table with a column per edition (tier, movement, verdicts, statistics), then the
/// recommendations and the consistency findings.
public enum TimelineMarkdown {
    public static func render(_ timeline: Timeline) -> String {
        let columns = timeline.years.map(\.year)
        var out = ["# \(MarkdownText.escaped(timeline.country)): \(timeline.years.count) editions", ""]
        out.append("| | " + columns.map(String.init).joined(separator: " | ") + " |")
        out.append("|---|" + columns.map { _ in "---|" }.joined())
        out.append("| tier | " + timeline.years.map(\.tier.rawValue).joined(separator: " | ") + " |")
        out.append("| movement | " + timeline.years.map(\.movement.rawValue).joined(separator: " | ") + " |")
        for section in ["prosecution", "protection", "prevention"] {
            out.append("| \(section) verdict | " + timeline.years.map { $0.verdicts[section] ?? "-" }.joined(separator: " | ") + " |")
        }
        for series in timeline.series {
            let byYear = Dictionary(series.points.map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
            let cells = columns.map { year in
                byYear[year].map { $0.unit.written(Statistic.readable($0.value), currency: $0.currency) } ?? "-"
            }
            out.append("| `\(series.key)` | " + cells.joined(separator: " | ") + " |")
        }
        if !timeline.recommendations.isEmpty {
            out.append("")
            out.append("## Recommendations")
            out.append("")
            for recommendation in timeline.recommendations {
                out.append("- \(MarkdownText.escaped(recommendation.text)) (\(recommendation.yearsText))")
            }
        }
        out.append("")
        out.append(
            "## Consistency: \(timeline.checks) checks, \(timeline.consistency.count) mismatch\(timeline.consistency.count == 1 ? "" : "es")"
        )
        if !timeline.consistency.isEmpty { out.append("") }
        out += timeline.consistency.map { "- **\($0.kind) \($0.year):** \(MarkdownText.escaped($0.message))" }
        return out.joined(separator: "\n") + "\n"
    }
}
