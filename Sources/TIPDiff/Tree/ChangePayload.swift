import TIPModel

/// What a change says, before the tree gives it an id: its kind, the section it is filed in, and how a visitor
/// visits it once it is identified.
public protocol ChangePayload: Sendable, Hashable {
    /// The kind, as the JSON, CSV and XML name it.
    var kind: ChangeKind { get }
    /// The section the change is filed in (the headline for the tier; none for terms and countries).
    var filedSection: SectionKind? { get }

    /// Calls the visitor's method for this payload's type with the identified change.
    static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result
}
