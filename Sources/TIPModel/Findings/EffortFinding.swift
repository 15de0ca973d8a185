/// The headline's finding on the government's efforts, the narrative's most important sentence.
public enum EffortFinding: String, Sendable, Hashable, Codable {
    /// "fully meets the minimum standards"
    case meetsStandards = "meets the minimum standards"
    /// "does not fully meet the minimum standards but is making significant efforts to do so"
    case significantEfforts = "making significant efforts"
    /// "does not fully meet the minimum standards and is not making significant efforts to do so"
    case noSignificantEfforts = "not making significant efforts"

    /// The finding a headline states, if it states one.
    public static func stated(in headline: String) -> EffortFinding? {
        let lower = headline.lowercased()
        let fails = lower.contains("does not fully meet") || lower.contains("does not fully comply")
        if fails && lower.contains("not making significant efforts") { return .noSignificantEfforts }
        if fails && lower.contains("making significant efforts") { return .significantEfforts }
        if !fails && (lower.contains("fully meets the minimum standards") || lower.contains("fully complies with the minimum standards")) {
            return .meetsStandards
        }
        return nil
    }
}
