import TIPModel
import TIPStatistics
import TIPSupport

/// A timeline as text for a terminal: a column per edition (tier, verdicts, statistics), then the
/// recommendations with their status each year and the consistency findings.
public enum TimelineText {
    public static func render(_ timeline: Timeline) -> String {
        let columns = timeline.years.map(\.year)
        // The label column is as wide as the longest statistic's label needs.
        let width = Swift.max(40, (timeline.series.map(\.label.count).max() ?? 0) + 4)
        var out = ["\(timeline.country): \(timeline.years.count) editions (\(columns.map(String.init).joined(separator: ", ")))", ""]
        out.append("tier".padded(width) + columns.map { String($0).padded(20) }.joined())
        out.append("  placement".padded(width) + timeline.years.map { $0.tier.rawValue.padded(20) }.joined())
        out.append("  movement".padded(width) + timeline.years.map { $0.movement.rawValue.padded(20) }.joined())
        out.append("verdicts")
        for section in ["prosecution", "protection", "prevention"] {
            out.append(("  " + section).padded(width) + timeline.years.map { ($0.verdicts[section] ?? "-").padded(20) }.joined())
        }
        out.append("statistics")
        for series in timeline.series {
            let byYear = Dictionary(series.points.map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
            let cells = columns.map { year in
                byYear[year].map { $0.figure(dash: "-") } ?? "-"
            }
            out.append(("  " + series.label).padded(width) + cells.map { $0.padded(20) }.joined())
        }
        out.append("recommendations")
        for recommendation in timeline.recommendations {
            let marks = columns.map { year in recommendation.history.first { $0.year == year }.map { $0.status } ?? "-" }
            out.append("  " + marks.map { $0.padded(9) }.joined() + recommendation.text.truncated(to: 90))
        }
        out.append("")
        out.append(
            "consistency: \(timeline.checks) checks, \(timeline.consistency.count) mismatch\(timeline.consistency.count == 1 ? "" : "es")")
        out += timeline.consistency.map { "  \($0.kind) \($0.year): \($0.message)" }
        out += restatements(timeline.restatements)
        return out.joined(separator: "\n")
    }

    /// The restatement audit: the counts, then each restated figure with what the earlier edition gave.
    static func restatements(_ checks: [TimelineRestatement]) -> [String] {
        guard !checks.isEmpty else { return [] }
        let counts = TimelineRestatement.statuses.map { status in "\(checks.filter { $0.status == status }.count) \(status)" }
        var out = ["", "restatements: \(checks.count) restated figure\(checks.count == 1 ? "" : "s"), " + counts.joined(separator: ", ")]
        for check in checks {
            out.append(
                "  \(check.year)  " + check.status.padded(11) + "\(check.key) for \(check.period): "
                    + "\(Statistic.readable(check.value)) \(check.counted)")
            switch (check.reportedYear, check.reportedValue) {
            case (let year?, let value?) where check.status == "revised":
                out.append("        \(check.path): \"\(check.sentence.truncated(to: 110))\"")
                out.append(
                    "        \(check.reportedPath ?? String(year)) gave \(Statistic.readable(value)): "
                        + "\"\((check.reportedSentence ?? "").truncated(to: 110))\"")
            case (let year?, _):
                out.append("        as the \(year) edition reported it")
            default:
                out.append("        \(check.reason ?? "no earlier edition gives it")")
            }
        }
        return out
    }
}
