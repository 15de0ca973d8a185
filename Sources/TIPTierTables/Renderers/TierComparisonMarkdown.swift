import TIPModel
import TIPSupport

/// Two years' tier placements compared, as Markdown to paste into an issue: counts per tier, then the
/// movements, a table per kind.
public enum TierComparisonMarkdown {
    public static func render(_ comparison: TierComparison) -> String {
        var out = ["# Tier placements \(comparison.yearA) → \(comparison.yearB)", ""]
        for (year, missing) in [(comparison.yearA, comparison.missingA), (comparison.yearB, comparison.missingB)] where !missing.isEmpty {
            out.append(
                "*\(year) is partial: the data has no \(TierComparison.names(missing)) placements; countries missing from it are unknown.*")
            out.append("")
        }
        out.append("| tier | \(comparison.yearA) | \(comparison.yearB) |")
        out.append("|---|---:|---:|")
        for tier in TierTable.ladder + [.specialCase] {
            guard let pair = comparison.counts[tier.rawValue] else { continue }
            let show = { (n: Int?, missing: [Tier]) in n.map(String.init) ?? "-" }
            out.append("| \(tier.rawValue) | \(show(pair[0], comparison.missingA)) | \(show(pair[1], comparison.missingB)) |")
        }
        for status in [TierComparison.Status.upgrade, .downgrade, .entered, .left, .unknown] {
            let list = comparison.rows(status)
            guard !list.isEmpty else { continue }
            out.append("")
            out.append("## \(status.rawValue) (\(list.count))")
            out.append("")
            out.append("| country | \(comparison.yearA) | \(comparison.yearB) | note |")
            out.append("|---|---|---|---|")
            for row in list {
                out.append(
                    "| \(MarkdownText.escaped(row.country)) | \(row.from?.rawValue ?? "-") | \(row.to?.rawValue ?? "-") | \(MarkdownText.escaped(row.note ?? "")) |"
                )
            }
        }
        let unchanged = comparison.rows(.unchanged)
        if !unchanged.isEmpty {
            out.append("")
            out.append("## unchanged (\(unchanged.count))")
            out.append("")
            out.append(unchanged.map { MarkdownText.escaped($0.country) }.joined(separator: ", "))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
