/// Where an edition's tier placement was read from, most telling first.
public enum PlacementSource: String, Sendable, Hashable, Codable {
    /// The sentence that states it: "Cuba remained on Tier 3."
    case statement
    /// The country heading: "CUBA: Tier 3", or a tier line alone under the name.
    case heading
    /// The headline's formula: "fully meets the minimum standards" is Tier 1, "... and is not making
    /// significant efforts" Tier 3.
    case headlineFormula = "headline-formula"
    /// The tier table, for an edition that states no placement.
    case tierTable = "tier-table"
}
