import TIPModel
import TIPSupport

/// Two years' tier placements compared, as CSV: one row per country.
public enum TierComparisonCSV {
    public static func render(_ comparison: TierComparison) -> String {
        var table = CSVTable(header: ["country", "tier_\(comparison.yearA)", "tier_\(comparison.yearB)", "status", "note"])
        for row in comparison.rows {
            table.append([row.country, row.from?.rawValue ?? "", row.to?.rawValue ?? "", row.status.rawValue, row.note ?? ""])
        }
        return table.text
    }
}
