/// Statistics matched across editions by key and context, with their deltas.
import TIPModel
import TIPStatistics

enum StatisticsComparison {
    struct Result {
        var changes: [StatisticChange]
        /// Figures with the same value written another way ("$4.6 billion" → "4.6 billion dollars").
        var formats: [FormatChange]
        /// Sentences (old side, new side) holding a changed, added or removed statistic.
        var touched: (old: Set<SentenceRef>, new: Set<SentenceRef>)
    }

    /// Pairs each new figure with an old one of the same key and kind (current or earlier period),
    /// preferring the one in the sentence the alignment paired with it, then the same order of appearance.
    static func changes(old: [Statistic], new: [Statistic], aligned: [SectionKind: [Int: Int]]) -> Result {
        // Old figures by kind, and by kind and the new sentence their own sentence was aligned with, each
        // list read through a cursor that only moves forward: every figure is looked at a bounded number of
        // times, however many share a key.
        var byKind = QueueIndex<String>()
        var byAlignedSentence = QueueIndex<String>()
        var inAlignedSentence = QueueIndex<String>()
        for statistic in old {
            byKind.append(statistic, to: groupKey(statistic))
            if let partner = aligned[statistic.section]?[statistic.sentence] {
                byAlignedSentence.append(statistic, to: groupKey(statistic) + "@\(statistic.section.rawValue):\(partner)")
                inAlignedSentence.append(statistic, to: "\(statistic.section.rawValue):\(partner)")
            }
        }
        var used = Set<Int>()
        var changes: [StatisticChange] = []
        var touchedOld = Set<SentenceRef>()
        var touchedNew = Set<SentenceRef>()

        // First by key; then (3) a figure whose key changed only because the words around it were reworded
        // pairs with the figure of the same unit and order in the sentence it was aligned with.
        // Each stage runs over every figure before the next starts, so that the pairs do not depend on
        // which edition is called new: (1) same kind in the sentence the alignment paired, k-th with k-th;
        // (2) same kind anywhere, in order of appearance.
        var matches: [Int: Statistic] = [:]
        for statistic in new {
            let aligned = groupKey(statistic) + "@\(statistic.section.rawValue):\(statistic.sentence)"
            if let match = byAlignedSentence.firstUnused(aligned, used: used) {
                matches[statistic.index] = match
                used.insert(match.index)
            }
        }
        for statistic in new where matches[statistic.index] == nil {
            if let match = byKind.firstUnused(groupKey(statistic), used: used) {
                matches[statistic.index] = match
                used.insert(match.index)
            }
        }
        for statistic in new where matches[statistic.index] == nil {
            let match = inAlignedSentence.candidates("\(statistic.section.rawValue):\(statistic.sentence)").first {
                !used.contains($0.index) && $0.unit == statistic.unit && $0.prior == statistic.prior
                    && Keys.sameMeasure($0.key, statistic.key)
            }
            if let match {
                matches[statistic.index] = match
                used.insert(match.index)
            }
        }

        var formats: [FormatChange] = []
        for statistic in new {
            let match = matches[statistic.index]
            if let match, match.value == statistic.value, match.upper == statistic.upper, match.unit == statistic.unit {
                if Self.written(match.text) != Self.written(statistic.text) {
                    formats.append(
                        FormatChange(
                            id: "", section: statistic.section, oldIndex: match.sentence, newIndex: statistic.sentence, old: match.text,
                            new: statistic.text, value: statistic.value, oldRange: match.range, newRange: statistic.range))
                    touchedOld.insert(SentenceRef(section: match.section, index: match.sentence))
                    touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
                }
                continue
            }
            changes.append(StatisticChange(old: match, new: statistic))
            if let match { touchedOld.insert(SentenceRef(section: match.section, index: match.sentence)) }
            touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
        }
        for statistic in old where !used.contains(statistic.index) {
            changes.append(StatisticChange(old: statistic, new: nil))
            touchedOld.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
        }
        return Result(changes: changes, formats: formats, touched: (touchedOld, touchedNew))
    }

    /// Figures the edition reworded around: a figure only OLD has and one only NEW has, in the same section and
    /// unit, whose keys differ only by a rewording the diff found throughout ("authorities" → "officials"),
    /// are one figure: changed when the value moved, otherwise no change at all.
    static func rejoined(_ changes: [StatisticChange], through terms: [TermChange]) -> [StatisticChange] {
        guard !terms.isEmpty else { return changes }
        let rewrite = { (key: String) -> String in
            var parts = key.split(separator: ".").map { part in part.split(separator: "-").map(String.init) }
            for term in terms where !term.old.contains(" ") && !term.new.contains(" ") {
                parts = parts.map { words in words.map { $0 == term.old.lowercased() ? term.new.lowercased() : $0 } }
            }
            return parts.map { $0.joined(separator: "-") }.joined(separator: ".")
        }
        var removedByKey: [String: [Int]] = [:]
        for (offset, change) in changes.enumerated() where change.operation == .removed {
            removedByKey["\(change.section.rawValue)|\(change.unit)|\(change.prior)|" + rewrite(change.key), default: []].append(offset)
        }
        // First which removed figure each added one rejoins, then the list with each pair made one.
        var partners: [Int: Int] = [:]
        var taken = Set<Int>()
        for (offset, change) in changes.enumerated() where change.operation == .added {
            let key = "\(change.section.rawValue)|\(change.unit)|\(change.prior)|" + change.key
            guard let partner = removedByKey[key]?.first(where: { !taken.contains($0) }) else { continue }
            partners[offset] = partner
            taken.insert(partner)
        }
        var result: [StatisticChange] = []
        for (offset, change) in changes.enumerated() where !taken.contains(offset) {
            guard let partner = partners[offset], let old = changes[partner].old, let new = change.new else {
                result.append(change)
                continue
            }
            guard old.value != new.value || old.upper != new.upper else { continue }
            var joined = change
            joined.operation = .changed
            joined.old = old
            result.append(joined)
        }
        return result
    }

    /// A figure as written, white space folded: the same words are the same writing.
    private static func written(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    private static func groupKey(_ statistic: Statistic) -> String {
        statistic.key + (statistic.prior ? "#prior" : "") + "|" + statistic.unit.description
    }
}

/// Figures in lists by a key, each list with a cursor past the figures already used.
struct QueueIndex<Key: Hashable> {
    private var lists: [Key: [Statistic]] = [:]
    private var cursors: [Key: Int] = [:]

    mutating func append(_ statistic: Statistic, to key: Key) { lists[key, default: []].append(statistic) }

    /// The first figure under `key` not in `used`; the cursor skips the used ones for good.
    mutating func firstUnused(_ key: Key, used: Set<Int>) -> Statistic? {
        guard let list = lists[key] else { return nil }
        var cursor = cursors[key, default: 0]
        while cursor < list.count && used.contains(list[cursor].index) { cursor += 1 }
        cursors[key] = cursor
        return cursor < list.count ? list[cursor] : nil
    }

    /// Every figure under `key`, in order.
    func candidates(_ key: Key) -> [Statistic] { lists[key] ?? [] }
}
