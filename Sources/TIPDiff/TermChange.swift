/// The same short rewording made in many sentences ("government" → "regime"), reported once.
public struct TermChange: Sendable, Hashable {
    public var id: String
    public var old: String
    public var new: String
    /// In how many places the replacement was made.
    public var count: Int
}
