/// A section in a comparison: its heading and verdicts on both sides, and the changes inside it.
import TIPModel

public struct SectionComparison: Sendable {
    public enum Status: String, Sendable, Hashable { case changed, added, removed, unchanged }

    public var kind: SectionKind
    public var heading: String?
    public var oldVerdict: Verdict?
    public var newVerdict: Verdict?
    /// The qualifiers written with the verdicts ("modest", "limited").
    public var oldQualifier: String?
    public var newQualifier: String?
    public var status: Status
    /// Verdict, sentence, number-format, statistic and recommendation changes in this section, in diff order.
    public var changes: [Change]

    /// The categories of change filed inside a section.
    public static let filed: Set<ChangeCategory> = [.verdict, .sentence, .format, .statistic, .recommendation]

    /// NEW's sections in order, then the kinds only OLD has; every change that belongs to a section filed in it.
    static func sections(old: Edition, new: Edition, changes: [Change]) -> [SectionComparison] {
        var kinds: [SectionKind] = new.sections.map(\.kind)
        for section in old.sections where !kinds.contains(section.kind) { kinds.append(section.kind) }
        var seen = Set<SectionKind>()
        var sections: [SectionComparison] = []
        for kind in kinds where seen.insert(kind).inserted {
            let o = old.section(kind)
            let n = new.section(kind)
            sections.append(
                SectionComparison(
                    kind: kind, heading: n?.heading ?? o?.heading, oldVerdict: o?.verdict, newVerdict: n?.verdict,
                    oldQualifier: o?.verdictQualifier, newQualifier: n?.verdictQualifier,
                    status: o == nil ? .added : n == nil ? .removed : .unchanged, changes: []))
        }
        for change in changes where filed.contains(change.kind.category) {
            guard let index = sections.firstIndex(where: { $0.kind == (change.section ?? .other) }) else { continue }
            if sections[index].status == .unchanged { sections[index].status = .changed }
            sections[index].changes.append(change)
        }
        return sections
    }
}
