import TIPModel

/// A section whose effort verdict changed ("decreased" → "maintained", "maintained" → "maintained inadequate");
/// its opening sentence states it.
public struct VerdictChange: Sendable, Hashable {
    public var section: SectionKind
    public var old: Verdict?
    public var new: Verdict?
    /// The qualifiers written with the verdicts ("modest", "mixed", "limited").
    public var oldQualifier: String?
    public var newQualifier: String?
    public var oldRange: TextRange?
    public var newRange: TextRange?

    /// Each side as a reader sees it ("maintained inadequate"), `nil` where the side states no verdict.
    public var oldPhrase: String? { Verdict.phrase(old, qualifier: oldQualifier) }
    public var newPhrase: String? { Verdict.phrase(new, qualifier: newQualifier) }
}

extension VerdictChange: ChangePayload {
    public var kind: ChangeKind { .verdict }
    public var filedSection: SectionKind? { section }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitVerdict(node)
    }
}
