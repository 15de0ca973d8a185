import TIPModel

/// A section in a comparison: its heading and verdicts on both sides, and the changes filed in it (the section
/// added or removed, its verdict, sentences, number formats, statistics and recommendations), in reading order.
public struct SectionComparison: Sendable, ChangeNode {
    public enum Status: String, Sendable, Hashable { case changed, added, removed, unchanged }

    public var kind: SectionKind
    public var heading: String?
    public var oldVerdict: Verdict?
    public var newVerdict: Verdict?
    /// The qualifiers written with the verdicts ("modest", "limited").
    public var oldQualifier: String?
    public var newQualifier: String?
    /// Which side alone has the section, when only one has it.
    public var presence: Presence?
    /// The changes filed in this section, in reading order.
    public var changes: [Change]

    /// The categories of change a report lists as a section's items.
    public static let filed: Set<ChangeCategory> = [.verdict, .sentence, .format, .statistic, .recommendation]

    /// Added or removed when one side alone has it; changed when a change is filed in it; else unchanged.
    public var status: Status {
        switch presence {
        case .added: .added
        case .removed: .removed
        case nil: changes.contains { Self.filed.contains($0.kind.category) } ? .changed : .unchanged
        }
    }

    public var children: [any ChangeNode] { changes }

    public func accept<V: ChangeVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result { try visitor.visitSection(self) }

    /// NEW's sections in order, then the kinds only OLD has, each with no changes yet.
    static func sections(old: Edition, new: Edition) -> [SectionComparison] {
        var kinds: [SectionKind] = new.sections.map(\.kind)
        for section in old.sections where !kinds.contains(section.kind) { kinds.append(section.kind) }
        var seen = Set<SectionKind>()
        return kinds.filter { seen.insert($0).inserted }.map { kind in
            let o = old.section(kind)
            let n = new.section(kind)
            return SectionComparison(
                kind: kind, heading: n?.heading ?? o?.heading, oldVerdict: o?.verdict, newVerdict: n?.verdict,
                oldQualifier: o?.verdictQualifier, newQualifier: n?.verdictQualifier,
                presence: o == nil ? .added : n == nil ? .removed : nil,
                changes: [])
        }
    }
}
