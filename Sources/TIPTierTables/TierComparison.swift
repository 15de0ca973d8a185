import TIPModel
import TIPSupport

/// Two years of placements side by side: movements, entries and exits, counts per tier and the transition
/// matrix; a partial year says which tiers it lacks instead of reporting false movements.
public struct TierComparison: Sendable, Encodable {
    public enum Status: String, Sendable, Encodable {
        case upgrade, downgrade, unchanged, entered, left
        /// In one year only, and the other year's list is partial: nothing can be said.
        case unknown
    }

    public struct Row: Sendable, Encodable {
        public var country: String
        public var from: Tier?
        public var to: Tier?
        public var status: Status
        public var note: String?
    }

    public struct CountCheck: Sendable, Encodable {
        public var tier: Tier
        public var stated: Int
        public var inData: Int?
        public var source: String
        /// "matches", "differs" or "not in the data (partial year)"
        public var verdict: String
    }

    public var yearA: Int
    public var yearB: Int
    public var missingA: [Tier]
    public var missingB: [Tier]
    public var rows: [Row]
    /// Per tier: [count in A, count in B]; `nil` (JSON `null`) for a tier a partial year's data lacks, which
    /// is unknown, not zero.
    public var counts: [String: [Int?]]
    /// from-tier → to-tier → count ("absent" for not in the year's data).
    public var matrix: [String: [String: Int]]
    public var conflicts: [String]
    public var countChecks: [CountCheck]

    public init(_ table: TierTable, from yearA: Int, to yearB: Int) throws(TierDataError) {
        let a = table.placements(in: yearA)
        let b = table.placements(in: yearB)
        guard !a.isEmpty else { throw .noData("no placements for \(yearA) in the tier tables (years: \(Self.describe(table.years)))") }
        guard !b.isEmpty else { throw .noData("no placements for \(yearB) in the tier tables (years: \(Self.describe(table.years)))") }
        self.yearA = yearA
        self.yearB = yearB
        missingA = table.missingTiers(in: yearA)
        missingB = table.missingTiers(in: yearB)
        var rows: [Row] = []
        for country in Set(a.keys).union(b.keys).sorted() {
            let from = a[country]?.tier
            let to = b[country]?.tier
            var row = Row(country: country, from: from, to: to, status: .unchanged)
            switch (from, to) {
            case let (f?, t?):
                if let rf = f.rank, let rt = t.rank {
                    row.status = rt < rf ? .upgrade : rt > rf ? .downgrade : .unchanged
                } else {
                    row.status = f == t ? .unchanged : .unknown
                    if f != t { row.note = "\(f.rawValue) to \(t.rawValue) is not a move on the tier ladder" }
                }
            case (nil, _?):
                if missingA.isEmpty {
                    row.status = .entered
                } else {
                    row.status = .unknown
                    row.note = "not in \(yearA)'s data, which lacks \(Self.names(missingA))"
                }
            case (_?, nil):
                if missingB.isEmpty {
                    row.status = .left
                } else {
                    row.status = .unknown
                    row.note = "not in \(yearB)'s data, which lacks \(Self.names(missingB))"
                }
            default:
                continue
            }
            rows.append(row)
        }
        self.rows = rows
        var counts: [String: [Int?]] = [:]
        for tier in TierTable.ladder + [.specialCase] {
            let inA = a.values.filter { $0.tier == tier }.count
            let inB = b.values.filter { $0.tier == tier }.count
            if inA + inB > 0 || TierTable.ladder.contains(tier) {
                counts[tier.rawValue] = [missingA.contains(tier) ? nil : inA, missingB.contains(tier) ? nil : inB]
            }
        }
        self.counts = counts
        var matrix: [String: [String: Int]] = [:]
        for row in rows {
            matrix[row.from?.rawValue ?? "absent", default: [:]][row.to?.rawValue ?? "absent", default: 0] += 1
        }
        self.matrix = matrix
        conflicts = table.conflicts.filter { $0.year == yearA || $0.year == yearB }.map { conflict in
            "\(conflict.country) \(conflict.year): "
                + conflict.placements.map { "\($0.tier.rawValue) as '\($0.written)' (\($0.source))" }.joined(separator: " and ")
        }
        countChecks = table.statedCounts.filter { $0.year == yearA || $0.year == yearB }.map { stated in
            let placed = table.placements(in: stated.year).values.filter { $0.tier == stated.tier }.count
            let missing = table.missingTiers(in: stated.year).contains(stated.tier)
            let verdict = missing ? "not in the data (partial year)" : placed == stated.count ? "matches" : "differs"
            return CountCheck(
                tier: stated.tier, stated: stated.count, inData: missing ? nil : placed, source: stated.source, verdict: verdict)
        }
    }

    public func rows(_ status: Status) -> [Row] { rows.filter { $0.status == status } }

    static func names(_ tiers: [Tier]) -> String {
        let names = tiers.map(\.rawValue)
        return names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    static func describe(_ years: [Int]) -> String {
        var runs: [(Int, Int)] = []
        for year in years {
            if let last = runs.last, last.1 + 1 == year { runs[runs.count - 1].1 = year } else { runs.append((year, year)) }
        }
        return runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)-\($0.1)" }.joined(separator: ", ")
    }

    /// A readable account for a terminal.
    public var text: String {
        var out = ["Tier placements \(yearA) → \(yearB)"]
        for (year, missing) in [(yearA, missingA), (yearB, missingB)] where !missing.isEmpty {
            out.append(
                "\(year) is partial: the data has no \(Self.names(missing)) placements; countries missing from it are listed as unknown, not as movements."
            )
        }
        out.append("")
        out.append("counts".padded(22) + "\(yearA)".leftPadded(6) + "\(yearB)".leftPadded(6))
        for tier in TierTable.ladder + [.specialCase] {
            guard let pair = counts[tier.rawValue] else { continue }
            let show = { (year: Int, n: Int?, missing: [Tier]) in n.map(String.init) ?? "-" }
            out.append(
                "  " + tier.rawValue.padded(20) + show(yearA, pair[0], missingA).leftPadded(6)
                    + show(yearB, pair[1], missingB).leftPadded(6))
        }
        for check in countChecks {
            out.append(
                "  stated \(check.tier.rawValue) count \(check.stated) (\(check.source)): " + check.verdict
                    + (check.inData.map { ", data has \($0)" } ?? ""))
        }
        for status in [Status.upgrade, .downgrade, .entered, .left, .unknown, .unchanged] {
            let list = rows(status)
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
        out.append("transition matrix (rows \(yearA), columns \(yearB)):")
        let columns = (TierTable.ladder + [.specialCase]).map(\.rawValue) + ["absent"]
        let short = ["Tier 1": "T1", "Tier 2": "T2", "Tier 2 Watch List": "WL", "Tier 3": "T3", "Special Case": "SC", "absent": "none"]
        out.append("".padded(8) + columns.map { short[$0]!.leftPadded(6) }.joined())
        for rowName in columns where matrix[rowName] != nil {
            out.append("  " + short[rowName]!.padded(6) + columns.map { String(matrix[rowName]?[$0] ?? 0).leftPadded(6) }.joined())
        }
        if !conflicts.isEmpty {
            out.append("")
            out.append("conflicting rows in the data (the first is used):")
            out += conflicts.map { "  " + $0 }
        }
        return out.joined(separator: "\n")
    }

    /// CSV: one row per country.
    public var csv: String {
        var table = CSVTable(header: ["country", "tier_\(yearA)", "tier_\(yearB)", "status", "note"])
        for row in rows {
            table.append([row.country, row.from?.rawValue ?? "", row.to?.rawValue ?? "", row.status.rawValue, row.note ?? ""])
        }
        return table.text
    }
}

extension TierComparison {
    /// Markdown to paste into an issue: counts per tier, then the movements, a table per kind.
    public var markdown: String {
        var out = ["# Tier placements \(yearA) → \(yearB)", ""]
        for (year, missing) in [(yearA, missingA), (yearB, missingB)] where !missing.isEmpty {
            out.append("*\(year) is partial: the data has no \(Self.names(missing)) placements; countries missing from it are unknown.*")
            out.append("")
        }
        out.append("| tier | \(yearA) | \(yearB) |")
        out.append("|---|---:|---:|")
        for tier in TierTable.ladder + [.specialCase] {
            guard let pair = counts[tier.rawValue] else { continue }
            let show = { (n: Int?, missing: [Tier]) in n.map(String.init) ?? "-" }
            out.append("| \(tier.rawValue) | \(show(pair[0], missingA)) | \(show(pair[1], missingB)) |")
        }
        for status in [Status.upgrade, .downgrade, .entered, .left, .unknown] {
            let list = rows(status)
            guard !list.isEmpty else { continue }
            out.append("")
            out.append("## \(status.rawValue) (\(list.count))")
            out.append("")
            out.append("| country | \(yearA) | \(yearB) | note |")
            out.append("|---|---|---|---|")
            for row in list {
                out.append(
                    "| \(MarkdownText.escaped(row.country)) | \(row.from?.rawValue ?? "-") | \(row.to?.rawValue ?? "-") | \(MarkdownText.escaped(row.note ?? "")) |"
                )
            }
        }
        let unchanged = rows(.unchanged)
        if !unchanged.isEmpty {
            out.append("")
            out.append("## unchanged (\(unchanged.count))")
            out.append("")
            out.append(unchanged.map { MarkdownText.escaped($0.country) }.joined(separator: ", "))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
