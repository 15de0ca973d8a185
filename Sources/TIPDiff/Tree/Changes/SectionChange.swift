import TIPModel

/// A section only one edition has.
public struct SectionChange: Sendable, Hashable {
    public var presence: Presence
    public var section: SectionKind
    /// The heading as written, or the kind's name when the section has none.
    public var heading: String
    public var range: TextRange
}

extension SectionChange: ChangePayload {
    public var kind: ChangeKind { presence == .added ? .sectionAdded : .sectionRemoved }
    public var filedSection: SectionKind? { section }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitSectionChange(node)
    }
}
