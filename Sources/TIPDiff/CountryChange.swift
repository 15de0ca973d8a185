/// A country whose edition only one of two year folders holds.
public struct CountryChange: Sendable, Hashable {
    public var id: String
    public var presence: Presence
    public var country: String
    /// The edition's path in the folder that has it.
    public var path: String
}
