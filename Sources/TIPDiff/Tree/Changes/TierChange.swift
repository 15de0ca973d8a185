import TIPModel

/// A change of tier placement, movement wording, waiver, Watch List years or the policy-or-pattern finding.
public struct TierChange: Sendable, Hashable {
    /// Which way the placement went.
    public enum Direction: String, Sendable, Hashable, Codable {
        case upgrade, downgrade, unchanged
        /// Placements that cannot be ranked (unknown, special case) but differ.
        case changed
    }

    public var old: TierPlacement
    public var new: TierPlacement
    public var direction: Direction
    /// The movement wording, word by word, when it changed.
    public var edits: [WordEdit]?

    /// The change between two placements, or `nil` when they say the same.
    public init?(_ old: TierPlacement, _ new: TierPlacement) {
        let wording = { (p: TierPlacement) in p.statement.map(SentenceAligner.exactKey) }
        let same =
            old.placement == new.placement && old.movement == new.movement && old.waiver == new.waiver
            && old.policyOrPattern == new.policyOrPattern && old.consecutiveYears == new.consecutiveYears
            && wording(old) == wording(new)
        guard !same else { return nil }
        self.old = old
        self.new = new
        // "Therefore Cuba remained on Tier 2 Watch List ..." → "Cuba remained on Tier 3.", word by word.
        if let a = old.statement, let b = new.statement, a != b { edits = WordDiff.edits(a, b) }
        if let a = old.placement.rank, let b = new.placement.rank {
            direction = b > a ? .downgrade : b < a ? .upgrade : .unchanged
        } else {
            direction = old.placement == new.placement ? .unchanged : .changed
        }
    }

    /// "Tier 3 (remained; policy or pattern)"
    public var oldSummary: String { Self.summary(old) }
    public var newSummary: String { Self.summary(new) }

    static func summary(_ p: TierPlacement) -> String {
        var notes = [p.movement.rawValue]
        if let years = p.consecutiveYears { notes.append("\(years) consecutive years") }
        if p.waiver { notes.append("waiver") }
        if p.policyOrPattern { notes.append("policy or pattern") }
        return "\(p.placement.rawValue) (\(notes.joined(separator: "; ")))"
    }
}

extension TierChange: ChangePayload {
    public var kind: ChangeKind { .tier }
    public var filedSection: SectionKind? { .headline }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitTier(node)
    }
}
