/// The differences between two editions of one country's narrative, as a careful reviewer would list them.
import TIPModel
import TIPStatistics

public struct EditionDiff: Sendable {
    public var country: String
    public var old: EditionSource
    public var new: EditionSource
    public var oldYear: Int?
    public var newYear: Int?
    public var changes: [Change]

    /// How many changes of each kind.
    public var summary: [Change.Kind: Int] { changes.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    /// The changes of one kind, in order.
    public func changes(of kind: Change.Kind) -> [Change] { changes.filter { $0.kind == kind } }
}

/// Compares editions.
public struct Differ: Sendable {
    /// A replacement made in at least this many places is reported once, as a term change.
    public var termThreshold: Int

    public init(termThreshold: Int = 3) { self.termThreshold = termThreshold }

    public func diff(_ old: Edition, _ new: Edition) -> EditionDiff {
        let extractor = StatisticsExtractor()
        let oldStatistics = extractor.statistics(in: old)
        let newStatistics = extractor.statistics(in: new)

        var changes: [Change] = []
        if let tier = TierComparison.change(old.tier, new.tier) { changes.append(tier) }

        var sentenceWork = SentenceChanges()
        var aligned: [SectionKind: [Int: Int]] = [:]
        for (oldSection, newSection) in SectionPairing.pairs(old.sections, new.sections) {
            switch (oldSection, newSection) {
            case (let o?, nil):
                var change = Change(kind: .sectionRemoved, section: o.kind)
                change.old = o.heading ?? o.kind.rawValue
                change.oldRange = o.range
                changes.append(change)
                if o.kind != .recommendations { sentenceWork.orphanedOld(o) }
            case (nil, let n?):
                var change = Change(kind: .sectionAdded, section: n.kind)
                change.new = n.heading ?? n.kind.rawValue
                change.newRange = n.range
                changes.append(change)
                if n.kind != .recommendations { sentenceWork.orphanedNew(n) }
            case (let o?, let n?):
                if o.verdict != n.verdict {
                    var change = Change(kind: .verdict, section: n.kind)
                    change.old = o.verdict?.rawValue
                    change.new = n.verdict?.rawValue
                    change.oldRange = o.sentences.first?.range
                    change.newRange = n.sentences.first?.range
                    changes.append(change)
                }
                guard n.kind != .recommendations else { continue }
                let alignment = sentenceWork.compare(o, n)
                aligned[n.kind] = Dictionary(uniqueKeysWithValues: alignment.pairs.map { ($0.old, $0.new) })
            default:
                continue
            }
        }

        let statistics = StatisticsComparison.changes(old: oldStatistics, new: newStatistics, aligned: aligned)
        changes += sentenceWork.finish(
            termThreshold: termThreshold,
            numericSentences: statistics.touched)
        changes += statistics.changes
        let verdictSections = Set(changes.filter { $0.kind == .verdict }.compactMap(\.section))
        // A section's opening sentence states its verdict: the verdict change reports it.
        changes.removeAll {
            $0.kind == .sentenceModified && $0.oldIndex == 0 && $0.newIndex == 0 && $0.section.map(verdictSections.contains) == true
        }
        if changes.contains(where: { $0.kind == .tier }) {
            // The sentence that states the placement is reported by the tier change.
            changes.removeAll {
                $0.kind == .sentenceModified && $0.section == .headline && $0.old == old.tier.statement
                    && $0.new == new.tier.statement
            }
        }
        changes += RecommendationComparison.changes(old.recommendations, new.recommendations)
        return EditionDiff(
            country: new.country, old: old.source, new: new.source, oldYear: old.reportYear, newYear: new.reportYear,
            changes: Self.identified(changes, country: new.country))
    }

    /// Gives every change its content-derived id; a repeated id gets "-2", "-3", ... in order.
    static func identified(_ changes: [Change], country: String) -> [Change] {
        var seen: [String: Int] = [:]
        return changes.map { change in
            var change = change
            let base = Change.identifier(
                kind: change.kind, country: change.country ?? country, section: change.section, old: change.old,
                new: change.new, key: change.key)
            seen[base, default: 0] += 1
            change.id = seen[base]! == 1 ? base : base + "-\(seen[base]!)"
            return change
        }
    }
}

/// Pairs sections by kind: each kind's sections in order, NEW's order first, then kinds only OLD has.
enum SectionPairing {
    static func pairs(_ old: [Section], _ new: [Section]) -> [(Section?, Section?)] {
        var result: [(Section?, Section?)] = []
        var oldByKind: [SectionKind: [Section]] = [:]
        for section in old { oldByKind[section.kind, default: []].append(section) }
        var used: [SectionKind: Int] = [:]
        for section in new {
            let n = used[section.kind, default: 0]
            used[section.kind] = n + 1
            let partner = oldByKind[section.kind].flatMap { n < $0.count ? $0[n] : nil }
            result.append((partner, section))
        }
        for section in old {
            let all = oldByKind[section.kind]!
            let index = all.firstIndex(of: section)!
            if index >= used[section.kind, default: 0] { result.append((section, nil)) }
        }
        return result
    }
}

/// Tier placement, movement wording, waiver and policy-or-pattern changes.
enum TierComparison {
    static func change(_ old: TierPlacement, _ new: TierPlacement) -> Change? {
        let wording = { (p: TierPlacement) in p.statement.map(SentenceAligner.exactKey) }
        let same =
            old.placement == new.placement && old.movement == new.movement && old.waiver == new.waiver
            && old.policyOrPattern == new.policyOrPattern && old.consecutiveYears == new.consecutiveYears
            && wording(old) == wording(new)
        guard !same else { return nil }
        var change = Change(kind: .tier, section: .headline)
        change.old = describe(old)
        change.new = describe(new)
        // The movement wording, word by word: "Therefore Cuba remained on Tier 2 Watch List ..." → "Cuba remained on Tier 3."
        if let a = old.statement, let b = new.statement, a != b { change.edits = WordDiff.edits(a, b) }
        if let a = old.placement.rank, let b = new.placement.rank {
            change.movement = b > a ? "downgrade" : b < a ? "upgrade" : "unchanged"
        } else {
            change.movement = old.placement == new.placement ? "unchanged" : "changed"
        }
        return change
    }

    /// "Tier 3 (remained; policy or pattern)"
    static func describe(_ p: TierPlacement) -> String {
        var notes = [p.movement.rawValue]
        if let years = p.consecutiveYears { notes.append("\(years) consecutive years") }
        if p.waiver { notes.append("waiver") }
        if p.policyOrPattern { notes.append("policy or pattern") }
        return "\(p.placement.rawValue) (\(notes.joined(separator: "; ")))"
    }
}
