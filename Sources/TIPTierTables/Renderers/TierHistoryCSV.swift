import TIPModel
import TIPSupport

/// A country's tier history as CSV: one row per placement, with its source.
public enum TierHistoryCSV {
    public static func render(_ history: TierHistory) -> String {
        CSVTable(
            rows: [["country", "year", "tier", "source", "path"]]
                + history.entries.map { [history.country, String($0.year), $0.tier.rawValue, $0.source, $0.path] }
        ).text
    }
}
