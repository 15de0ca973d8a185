import TIPModel
import TIPStatistics
import TIPSupport

/// The timeline as text for a terminal and as CSV for a spreadsheet.
extension Timeline {
    public var text: String {
        let columns = years.map(\.year)
        // The label column is as wide as the longest statistic's label needs.
        let width = Swift.max(40, (series.map(\.label.count).max() ?? 0) + 4)
        var out = ["\(country): \(years.count) editions (\(columns.map(String.init).joined(separator: ", ")))", ""]
        out.append("tier".padded(width) + columns.map { String($0).padded(20) }.joined())
        out.append("  placement".padded(width) + years.map { $0.tier.rawValue.padded(20) }.joined())
        out.append("  movement".padded(width) + years.map { $0.movement.rawValue.padded(20) }.joined())
        out.append("verdicts")
        for section in ["prosecution", "protection", "prevention"] {
            out.append(("  " + section).padded(width) + years.map { ($0.verdicts[section] ?? "-").padded(20) }.joined())
        }
        out.append("statistics")
        for series in self.series {
            let byYear = Dictionary(series.points.map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
            let cells = columns.map { year in
                byYear[year].map { $0.figure(dash: "-") } ?? "-"
            }
            out.append(("  " + series.label).padded(width) + cells.map { $0.padded(20) }.joined())
        }
        out.append("recommendations")
        for recommendation in recommendations {
            let marks = columns.map { year in recommendation.history.first { $0.year == year }.map { $0.status } ?? "-" }
            out.append("  " + marks.map { $0.padded(9) }.joined() + recommendation.text.truncated(to: 90))
        }
        out.append("")
        out.append("consistency: \(checks) checks, \(consistency.count) mismatch\(consistency.count == 1 ? "" : "es")")
        out += consistency.map { "  \($0.kind) \($0.year): \($0.message)" }
        return out.joined(separator: "\n")
    }

    /// One row per fact: kind, item, year, value.
    public var csv: String {
        var rows = [["country", "kind", "item", "year", "value", "detail"]]
        for year in years {
            rows.append([country, "tier", "placement", String(year.year), year.tier.rawValue, year.movement.rawValue])
            for (section, verdict) in year.verdicts.sorted(by: { $0.key < $1.key }) {
                rows.append([country, "verdict", section, String(year.year), verdict, ""])
            }
        }
        for series in self.series {
            for point in series.points {
                rows.append([country, "statistic", series.key, String(point.year), Statistic.format(point.value), point.text])
            }
        }
        for recommendation in recommendations {
            for appearance in recommendation.history {
                rows.append([country, "recommendation", recommendation.text, String(appearance.year), appearance.status, appearance.text])
            }
        }
        for finding in consistency {
            rows.append([country, "mismatch", finding.kind, String(finding.year), "", finding.message])
        }
        return CSVTable(rows: rows).text
    }
}

extension Timeline {
    /// Markdown: a table with a column per edition (tier, movement, verdicts, statistics), then the
    /// recommendations and the consistency findings.
    public var markdown: String {
        let columns = years.map(\.year)
        var out = ["# \(MarkdownText.escaped(country)): \(years.count) editions", ""]
        out.append("| | " + columns.map(String.init).joined(separator: " | ") + " |")
        out.append("|---|" + columns.map { _ in "---|" }.joined())
        out.append("| tier | " + years.map(\.tier.rawValue).joined(separator: " | ") + " |")
        out.append("| movement | " + years.map(\.movement.rawValue).joined(separator: " | ") + " |")
        for section in ["prosecution", "protection", "prevention"] {
            out.append("| \(section) verdict | " + years.map { $0.verdicts[section] ?? "-" }.joined(separator: " | ") + " |")
        }
        for series in self.series {
            let byYear = Dictionary(series.points.map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
            let cells = columns.map { year in
                byYear[year].map { $0.unit.written(Statistic.readable($0.value), currency: $0.currency) } ?? "-"
            }
            out.append("| `\(series.key)` | " + cells.joined(separator: " | ") + " |")
        }
        if !recommendations.isEmpty {
            out.append("")
            out.append("## Recommendations")
            out.append("")
            for recommendation in recommendations {
                out.append("- \(MarkdownText.escaped(recommendation.text)) (\(recommendation.yearsText))")
            }
        }
        out.append("")
        out.append("## Consistency: \(checks) checks, \(consistency.count) mismatch\(consistency.count == 1 ? "" : "es")")
        if !consistency.isEmpty { out.append("") }
        out += consistency.map { "- **\($0.kind) \($0.year):** \(MarkdownText.escaped($0.message))" }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Timeline.Point {
    /// The figure in its unit, a range's upper end after `dash`, an open end in words ("10-life" is "10 to life").
    func figure(dash: String) -> String {
        unit.written(Statistic.readable(value), currency: currency)
            + (upper.map { dash + unit.written(Statistic.readable($0), currency: currency) } ?? "")
            + (openUpper.map { " to " + $0 } ?? "")
    }
}

extension Timeline.RecommendationHistory {
    /// The years it appears in with its status each year, and when it was dropped ("2024 new, 2025 carried").
    var yearsText: String {
        history.map { "\($0.year) \($0.status)" }.joined(separator: ", ") + (droppedAfter.map { "; dropped after \($0)" } ?? "")
    }
}
