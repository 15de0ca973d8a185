/// Statistics matched across editions by key and context, with their deltas.
import TIPModel
import TIPStatistics

enum StatisticsComparison {
    struct Result {
        var changes: [StatisticChange]
        /// Sentences (old side, new side) holding a changed, added or removed statistic.
        var touched: (old: Set<SentenceRef>, new: Set<SentenceRef>)
    }

    /// Pairs each new figure with an old one of the same key and kind (current or earlier period),
    /// preferring the one in the sentence the alignment paired with it, then the same order of appearance.
    static func changes(old: [Statistic], new: [Statistic], aligned: [SectionKind: [Int: Int]]) -> Result {
        var pool: [String: [Statistic]] = [:]
        for statistic in old { pool[groupKey(statistic), default: []].append(statistic) }
        var used = Set<Int>()
        var changes: [StatisticChange] = []
        var touchedOld = Set<SentenceRef>()
        var touchedNew = Set<SentenceRef>()

        // First by key; then a figure whose key changed only because the words around it were reworded
        // pairs with the figure of the same unit and order in the sentence it was aligned with.
        var matches: [Int: Statistic] = [:]
        for statistic in new {
            let candidates = (pool[groupKey(statistic)] ?? []).filter { !used.contains($0.index) }
            let match =
                candidates.first { aligned[$0.section]?[$0.sentence] == statistic.sentence && $0.section == statistic.section }
                ?? candidates.first
            if let match {
                matches[statistic.index] = match
                used.insert(match.index)
            }
        }
        for statistic in new where matches[statistic.index] == nil {
            let inSentence = old.filter {
                !used.contains($0.index) && $0.section == statistic.section && $0.unit == statistic.unit
                    && $0.prior == statistic.prior && aligned[$0.section]?[$0.sentence] == statistic.sentence
                    && Keys.sameMeasure($0.key, statistic.key)
            }
            if let match = inSentence.first {
                matches[statistic.index] = match
                used.insert(match.index)
            }
        }

        for statistic in new {
            let match = matches[statistic.index]
            if let match, match.value == statistic.value, match.upper == statistic.upper, match.unit == statistic.unit { continue }
            changes.append(StatisticChange(old: match, new: statistic))
            if let match { touchedOld.insert(SentenceRef(section: match.section, index: match.sentence)) }
            touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
        }
        for statistic in old where !used.contains(statistic.index) {
            changes.append(StatisticChange(old: statistic, new: nil))
            touchedOld.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
        }
        return Result(changes: changes, touched: (touchedOld, touchedNew))
    }

    private static func groupKey(_ statistic: Statistic) -> String {
        statistic.key + (statistic.prior ? "#prior" : "") + "|" + statistic.unit.description
    }
}
