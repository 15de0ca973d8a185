/// What a change is known by: its id, stable across runs, and its place in the order the diff reports a
/// country's changes (from which the reading-order list is derived). Made only when the tree is assembled.
struct ChangeIdentity: Sendable, Hashable {
    let id: String
    let ordinal: Int
}
