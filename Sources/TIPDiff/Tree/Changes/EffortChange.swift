import TIPModel

/// The headline's effort finding changed: "and is not making significant efforts" became "but is making
/// significant efforts", or back. Reported beside the tier change, never as an ordinary reworded sentence.
public struct EffortChange: Sendable, Hashable {
    public var old: EffortFinding?
    public var new: EffortFinding?
    /// The sentences that state the finding.
    public var oldRange: TextRange?
    public var newRange: TextRange?

    /// The change between two editions' findings, or `nil` when both state the same (or neither states one).
    init?(_ old: Edition, _ new: Edition) {
        guard old.tier.effort != new.tier.effort, old.tier.effort != nil || new.tier.effort != nil else { return nil }
        self.old = old.tier.effort
        self.new = new.tier.effort
        oldRange = Self.sentence(in: old)
        newRange = Self.sentence(in: new)
    }

    /// The headline sentence that states the finding.
    static func sentence(in edition: Edition) -> TextRange? {
        edition.section(.headline)?.sentences.first { EffortFinding.stated(in: $0.text) != nil }?.range
    }
}

extension EffortChange: ChangePayload {
    public var kind: ChangeKind { .effort }
    public var filedSection: SectionKind? { .headline }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitEffort(node)
    }
}
