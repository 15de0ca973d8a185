/// A node of the change tree: a comparison, a country, a section or a change. It hands itself to a visitor's
/// method of its type and names its children, which a walker descends into.
public protocol ChangeNode: Sendable {
    /// The nodes below this one, in the order a walker visits them.
    var children: [any ChangeNode] { get }

    /// Calls the visitor's method for this node's type.
    func accept<V: ChangeVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result
}

extension ChangeNode {
    public var children: [any ChangeNode] { [] }
}
