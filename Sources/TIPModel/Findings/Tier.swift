/// The report's tiers: the ladder of placements and the spellings sources use for them.

/// The report's ranking of a government's efforts.
public enum Tier: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case tier1 = "Tier 1"
    case tier2 = "Tier 2"
    case tier2WatchList = "Tier 2 Watch List"
    case tier3 = "Tier 3"
    case specialCase = "Special Case"
    case unknown = "unknown"

    /// Rank from best (1) to worst (4); `nil` for placements outside the ladder.
    public var rank: Int? {
        switch self {
        case .tier1: 1
        case .tier2: 2
        case .tier2WatchList: 3
        case .tier3: 4
        case .specialCase, .unknown: nil
        }
    }

    /// Reads the many spellings editions and data files use ("Tier 2WL", "Watchlist", "TIER 3", "2").
    public init?(spelling: String) {
        let folded = spelling.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" }).joined(separator: " ")
        switch folded {
        case "tier 1", "1", "tier one": self = .tier1
        case "tier 2", "2", "tier two": self = .tier2
        case "tier 2 watch list", "tier 2 watchlist", "tier 2wl", "tier 2 wl", "watch list", "watchlist",
            "2wl", "tier two watch list":
            self = .tier2WatchList
        case "tier 3", "3", "tier three": self = .tier3
        case "special case", "special": self = .specialCase
        default: return nil
        }
    }

    public static func < (lhs: Tier, rhs: Tier) -> Bool {
        (lhs.rank ?? 99, lhs.rawValue) < (rhs.rank ?? 99, rhs.rawValue)
    }
}
