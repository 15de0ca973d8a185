import TIPSupport

/// The recommendation ledger as a long CSV: a row per country, recommendation and year (country,
/// recommendation id, year, status, text), then the evidence sentences of that year in their own columns.
public enum LedgerCSV {
    public static func render(_ ledger: RecommendationLedger) -> String {
        var table = CSVTable(header: ["country", "recommendation", "year", "status", "text", "evidence"])
        for country in ledger.countries {
            for entry in country.entries {
                for year in entry.years {
                    table.append([
                        country.country, entry.id, String(year.year), year.status.rawValue, year.text ?? "",
                        year.evidence.map { "\($0.section.rawValue): \($0.text)" }.joined(separator: "\n"),
                    ])
                }
            }
        }
        return table.text
    }
}
