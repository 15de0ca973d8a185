/// What checking a restated figure against the edition that reported it as current found.
public enum RestatementStatus: String, Sendable, Hashable, Encodable, CaseIterable {
    /// The earlier edition gave the same value for the same period.
    case consistent
    /// The earlier edition gave another value: the later edition revised it.
    case revised
    /// No earlier edition in the archive, or none that gives that figure as current.
    case notFound = "not found"
}
