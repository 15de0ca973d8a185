import TIPModel
import TIPStatistics
import TIPSupport

/// A timeline as CSV for a spreadsheet: one row per fact (kind, item, year, value).
public enum TimelineCSV {
    public static func render(_ timeline: Timeline) -> String {
        var rows = [["country", "kind", "item", "year", "value", "detail"]]
        for year in timeline.years {
            rows.append([timeline.country, "tier", "placement", String(year.year), year.tier.rawValue, year.movement.rawValue])
            for (section, verdict) in year.verdicts.sorted(by: { $0.key < $1.key }) {
                rows.append([timeline.country, "verdict", section, String(year.year), verdict, ""])
            }
        }
        for series in timeline.series {
            for point in series.points {
                rows.append([timeline.country, "statistic", series.key, String(point.year), Statistic.format(point.value), point.text])
            }
        }
        for recommendation in timeline.recommendations {
            for appearance in recommendation.history {
                rows.append([
                    timeline.country, "recommendation", recommendation.text, String(appearance.year), appearance.status, appearance.text,
                ])
            }
        }
        for finding in timeline.consistency {
            rows.append([timeline.country, "mismatch", finding.kind, String(finding.year), "", finding.message])
        }
        return CSVTable(rows: rows).text
    }
}
