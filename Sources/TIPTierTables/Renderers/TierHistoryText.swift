import TIPModel

/// A country's tier history as text for a terminal: the runs in a line, the Watch List years in a row,
/// every placement with its source, then the editions that disagree with the tier table.
public enum TierHistoryText {
    public static func render(_ history: TierHistory) -> String {
        var out = ["\(history.country): tier placements"]
        var line = ""
        for (index, run) in history.runs.enumerated() {
            if index > 0 {
                let previous = history.runs[index - 1]
                if run.from > previous.to + 1 {
                    let gap = previous.to + 1 == run.from - 1 ? "\(previous.to + 1)" : "\(previous.to + 1)-\(run.from - 1)"
                    line += "; no data \(gap); "
                } else {
                    line += ", then "
                }
            }
            line += phrase(run)
        }
        out.append("  " + line)
        if let year = history.latestWatchListYear {
            out.append("  Watch List in a row: \(history.watchListInARow) year\(history.watchListInARow == 1 ? "" : "s") (to \(year))")
        } else {
            out.append("  never on the Watch List in the data")
        }
        out.append("")
        for entry in history.entries {
            out.append("  \(entry.year)  " + entry.tier.rawValue.padded(18) + entry.source.padded(8) + entry.path)
        }
        if !history.disagreements.isEmpty {
            out.append("")
            out.append("editions that disagree with the tier table:")
            out += history.disagreements.map { "  " + $0 }
        }
        return out.joined(separator: "\n")
    }

    /// "Tier 2 2019-2021", "Tier 3 2025": a run of years in one tier.
    public static func phrase(_ run: TierHistory.Run) -> String {
        "\(run.tier.rawValue) \(run.from == run.to ? "\(run.from)" : "\(run.from)-\(run.to)")"
    }
}
