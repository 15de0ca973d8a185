/// A country whose edition only one of the two folders holds, and that the tier tables do not show entering
/// or leaving the report: it was not compared (most year folders hold only the countries someone follows).
public struct UncomparedCountry: Sendable, Hashable {
    public var country: String
    /// The edition that is there.
    public var path: String
    /// Which side has it: `added` for NEW only, `removed` for OLD only.
    public var presence: Presence
    /// Why it was not compared: "absent from the 2026 folder".
    public var reason: String
}
