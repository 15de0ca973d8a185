/// What a change is known by: its id, stable across runs, and its place in the order the diff reports a
/// country's changes (from which the reading-order list is derived).
public struct ChangeIdentity: Sendable, Hashable {
    public var id: String
    var ordinal: Int

    /// The identity of a change not yet placed in a tree.
    static let unassigned = ChangeIdentity(id: "", ordinal: 0)
}
