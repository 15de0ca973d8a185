import TIPModel

/// Two years' tier placements compared, as text for a terminal: the counts per tier with the stated counts
/// checked, the movements by kind, the transition matrix and the conflicting rows of the data.
public enum TierComparisonText {
    public static func render(_ comparison: TierComparison) -> String {
        var out = ["Tier placements \(comparison.yearA) → \(comparison.yearB)"]
        for (year, missing) in [(comparison.yearA, comparison.missingA), (comparison.yearB, comparison.missingB)] where !missing.isEmpty {
            out.append(
                "\(year) is partial: the data has no \(TierComparison.names(missing)) placements; countries missing from it are listed as unknown, not as movements."
            )
        }
        out.append("")
        out.append("counts".padded(22) + "\(comparison.yearA)".leftPadded(6) + "\(comparison.yearB)".leftPadded(6))
        for tier in TierTable.ladder + [.specialCase] {
            guard let pair = comparison.counts[tier.rawValue] else { continue }
            let show = { (year: Int, n: Int?, missing: [Tier]) in n.map(String.init) ?? "-" }
            out.append(
                "  " + tier.rawValue.padded(20) + show(comparison.yearA, pair[0], comparison.missingA).leftPadded(6)
                    + show(comparison.yearB, pair[1], comparison.missingB).leftPadded(6))
        }
        for check in comparison.countChecks {
            out.append(
                "  stated \(check.tier.rawValue) count \(check.stated) (\(check.source)): " + check.verdict
                    + (check.inData.map { ", data has \($0)" } ?? ""))
        }
        for status in [TierComparison.Status.upgrade, .downgrade, .entered, .left, .unknown, .unchanged] {
            let list = comparison.rows(status)
            guard !list.isEmpty else { continue }
            out.append("")
            out.append("\(status.rawValue) (\(list.count)):")
            for row in list {
                if status == .unchanged { continue }
                out.append(
                    "  " + row.country.padded(34) + (row.from?.rawValue ?? "-").padded(18) + "→ " + (row.to?.rawValue ?? "-")
                        + (row.note.map { "  (\($0))" } ?? ""))
            }
            if status == .unchanged { out.append("  " + list.map(\.country).joined(separator: ", ")) }
        }
        out.append("")
        out.append("transition matrix (rows \(comparison.yearA), columns \(comparison.yearB)):")
        let columns = (TierTable.ladder + [.specialCase]).map(\.rawValue) + ["absent"]
        let short = ["Tier 1": "T1", "Tier 2": "T2", "Tier 2 Watch List": "WL", "Tier 3": "T3", "Special Case": "SC", "absent": "none"]
        out.append("".padded(8) + columns.map { short[$0]!.leftPadded(6) }.joined())
        for rowName in columns where comparison.matrix[rowName] != nil {
            out.append(
                "  " + short[rowName]!.padded(6) + columns.map { String(comparison.matrix[rowName]?[$0] ?? 0).leftPadded(6) }.joined())
        }
        if !comparison.conflicts.isEmpty {
            out.append("")
            out.append("conflicting rows in the data (the first is used):")
            out += comparison.conflicts.map { "  " + $0 }
        }
        return out.joined(separator: "\n")
    }
}
