import TIPModel

/// The same short rewording made in many sentences ("government" → "regime"), reported once.
public struct TermChange: Sendable, Hashable {
    public var old: String
    public var new: String
    /// In how many places the replacement was made.
    public var count: Int
}

extension TermChange: ChangePayload {
    public var kind: ChangeKind { .term }
    public var filedSection: SectionKind? { nil }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitTerm(node)
    }
}
