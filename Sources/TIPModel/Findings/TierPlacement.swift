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
    /// Where the placement came from.
    public var source: PlacementSource?
    /// The tiers a placement could be when the text narrows it down but does not decide (the headline formula
    /// "does not fully meet ... but is making significant efforts" is Tier 2 or Tier 2 Watch List).
    public var possible: [Tier]?
    /// The headline's finding on the government's efforts.
    public var effort: EffortFinding?

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
        case placement, movement, policyOrPattern, waiver, consecutiveYears, statement, previous, source, possible, effort
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
        try container.encode(source, forKey: .source)
        try container.encode(possible, forKey: .possible)
        try container.encode(effort, forKey: .effort)
    }
}
