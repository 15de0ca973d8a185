/// Tier placements and how a country moved between them.

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

/// How the narrative says the country moved since the previous edition.
public enum Movement: String, Sendable, Hashable, Codable {
    case remained, upgraded, downgraded, unknown
}

/// A country's placement as one edition states it.
public struct TierPlacement: Sendable, Hashable, Codable {
    /// The tier the edition places the country on.
    public var placement: Tier
    /// The movement the narrative states.
    public var movement: Movement
    /// Whether the narrative finds a "government policy or pattern" of trafficking.
    public var policyOrPattern: Bool
    /// Whether a waiver from an otherwise required downgrade was granted.
    public var waiver: Bool
    /// Consecutive years on the Watch List, when the narrative states them.
    public var consecutiveYears: Int?
    /// The words that stated the placement ("Cuba remained on Tier 3"), when found.
    public var statement: String?
    /// The previous year's placement the statement implies: the same tier for "remained", the tier
    /// after "from" in "downgraded from Tier 2 Watch List to Tier 3"; `nil` when it says nothing.
    public var previous: Tier?

    public init(
        placement: Tier = .unknown, movement: Movement = .unknown, policyOrPattern: Bool = false,
        waiver: Bool = false, consecutiveYears: Int? = nil, statement: String? = nil
    ) {
        self.placement = placement
        self.movement = movement
        self.policyOrPattern = policyOrPattern
        self.waiver = waiver
        self.consecutiveYears = consecutiveYears
        self.statement = statement
    }
}

extension TierPlacement {
    private enum CodingKeys: String, CodingKey {
        case placement, movement, policyOrPattern, waiver, consecutiveYears, statement, previous
    }

    /// Every field, `null` included, so that scripts can rely on the keys being there.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(placement, forKey: .placement)
        try container.encode(movement, forKey: .movement)
        try container.encode(policyOrPattern, forKey: .policyOrPattern)
        try container.encode(waiver, forKey: .waiver)
        try container.encode(consecutiveYears, forKey: .consecutiveYears)
        try container.encode(statement, forKey: .statement)
        try container.encode(previous, forKey: .previous)
    }
}
