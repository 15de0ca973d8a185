import TIPModel

/// One thing that happened to a sentence between an edition and the one before it: reworded or moved.
public struct LineageEvent: Sendable, Hashable, Encodable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, Encodable {
        case reworded, moved
    }

    /// The edition in which the sentence reads differently or stands elsewhere.
    public var year: Int
    public var kind: Kind
    /// For a rewording: the words the earlier edition had and this one does not, run by run.
    public var removed: [String]
    /// For a rewording: the words this edition has and the earlier one did not, run by run.
    public var added: [String]
    /// For a rewording: the sentence as it read the year before.
    public var before: String?

    public init(year: Int, kind: Kind, removed: [String] = [], added: [String] = [], before: String? = nil) {
        self.year = year
        self.kind = kind
        self.removed = removed
        self.added = added
        self.before = before
    }
}
