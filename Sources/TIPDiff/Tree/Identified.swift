/// A change as the tree holds it: its payload with the id and ordinal it was given when the tree was assembled.
/// Only the assembly makes one (`ChangeDraft.identified`), so no change in a tree is without its id. The
/// payload's properties read through it (`change.old` is `change.payload.old`).
@dynamicMemberLookup
public struct Identified<Payload: ChangePayload>: Sendable, Hashable, ChangeNode {
    /// Stable across runs: derived from the kind, the section and the old and new content.
    public let id: String
    /// Where the change stands in the order the diff reports a country's changes.
    let ordinal: Int
    /// What the change says.
    public let payload: Payload

    init(_ payload: Payload, identity: ChangeIdentity) {
        self.id = identity.id
        self.ordinal = identity.ordinal
        self.payload = payload
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Payload, Value>) -> Value { payload[keyPath: keyPath] }

    public func accept<V: ChangeVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result { try Payload.accept(self, &visitor) }
}
