import TIPModel

/// A number written differently with the same value ("1818" → "1,818") in an otherwise equal sentence.
public struct FormatChange: Sendable, Hashable {
    public var section: SectionKind
    public var oldIndex: Int
    public var newIndex: Int
    public var old: String
    public var new: String
    public var value: Double
    public var oldRange: TextRange
    public var newRange: TextRange
}

extension FormatChange: ChangePayload {
    public var kind: ChangeKind { .formatOnly }
    public var filedSection: SectionKind? { section }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitFormat(node)
    }
}
