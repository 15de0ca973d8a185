import TIPModel
import TIPSupport

/// A country's tier history as Markdown: the runs in one line, then a table of every placement with its source.
public enum TierHistoryMarkdown {
    public static func render(_ history: TierHistory) -> String {
        var out = ["# \(MarkdownText.escaped(history.country)): tier placements", ""]
        out.append(
            history.runs.map(TierHistoryText.phrase).joined(separator: ", then ")
                + (history.gaps.isEmpty ? "" : " (no data \(TierComparison.describe(history.gaps)))"))
        out.append("")
        out.append("| year | tier | source | where |")
        out.append("|---:|---|---|---|")
        for entry in history.entries {
            out.append("| \(entry.year) | \(entry.tier.rawValue) | \(entry.source) | \(MarkdownText.escaped(entry.path)) |")
        }
        if !history.disagreements.isEmpty {
            out.append("")
            out.append("Editions that disagree with the tier table:")
            out.append("")
            out += history.disagreements.map { "- " + MarkdownText.escaped($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
