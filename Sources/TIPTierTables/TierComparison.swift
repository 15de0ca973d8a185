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

}
