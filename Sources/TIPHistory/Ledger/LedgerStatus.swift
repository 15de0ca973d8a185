/// What a prioritized recommendation did in one edition.
public enum LedgerStatus: String, Sendable, Hashable, Encodable, CaseIterable {
    /// Printed for the first time.
    case first
    /// Printed again word for word (numbers by value, quotes and case folded).
    case repeated
    /// Printed again in other words.
    case reworded
    /// The edition after its last printing does not have it.
    case dropped
}
