import TIPSupport

/// The recommendation ledger as text: archive-wide counts per year, then a table per country, a row per
/// recommendation and a column per edition (`first`, `=` repeated verbatim, `~` reworded, `dropped`).
public enum LedgerText {
    public static func render(_ ledger: RecommendationLedger) -> String {
        let years = ledger.years
        var out = [
            "recommendations across \(ledger.countries.count) countr\(ledger.countries.count == 1 ? "y" : "ies"), "
                + "\(years.count) edition year\(years.count == 1 ? "" : "s")",
            "  " + "year".padded(6) + LedgerStatus.allCases.map { $0.rawValue.leftPadded(10) }.joined(),
        ]
        for year in years {
            out.append(
                "  " + String(year).padded(6) + LedgerStatus.allCases.map { String(ledger.count($0, in: year)).leftPadded(10) }.joined())
        }
        for country in ledger.countries {
            out += ["", "\(country.country): \(country.entries.count) recommendations over \(country.years.count) editions"]
            out.append("  " + "id".padded(5) + country.years.map { String($0).padded(8) }.joined() + "recommendation (as last printed)")
            for entry in country.entries {
                let marks = country.years.map { year in
                    switch entry.status(in: year) {
                    case .first: "first"
                    case .repeated: "="
                    case .reworded: "~"
                    case .dropped: "dropped"
                    case nil: ""
                    }
                }
                out.append("  " + entry.id.padded(5) + marks.map { $0.padded(8) }.joined() + entry.text.truncated(to: 80))
            }
        }
        return out.joined(separator: "\n")
    }
}
