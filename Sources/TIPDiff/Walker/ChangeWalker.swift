/// A visitor that walks the change tree without altering it, in the manner of swift-markdown's `MarkupWalker`:
/// every visit it does not override descends into the node's children, so a renderer overrides only what it
/// writes.
public protocol ChangeWalker: ChangeVisitor where Result == Void {}

extension ChangeWalker {
    public mutating func defaultVisit(_ node: any ChangeNode) throws(Failure) { try descend(into: node) }

    /// Visits the node's children in order.
    public mutating func descend(into node: any ChangeNode) throws(Failure) {
        for child in node.children { try visit(child) }
    }

}
