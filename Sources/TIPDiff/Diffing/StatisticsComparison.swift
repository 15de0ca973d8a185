import TIPModel
import TIPStatistics

/// Statistics matched across editions by key and context, with their deltas.
enum StatisticsComparison {
    struct Result {
        var changes: [StatisticChange]
        /// Figures the later edition restates for the same period with the same value: no change to report.
        var restated: [StatisticChange]
        /// Figures with the same value written another way ("$4.6 billion" → "4.6 billion dollars").
        var formats: [FormatChange]
        /// Sentences (old side, new side) holding a changed, added or removed statistic.
        var touched: (old: Set<SentenceRef>, new: Set<SentenceRef>)
    }

    /// Relates the figures of two editions as an analyst does, by measure (key and unit) and period:
    /// (1) a figure for the same period in both is restated (same value; a format change when written another
    /// way) or revised (another value); (2) a current figure is compared year over year with the other edition's
    /// current figure for the period before; (3) the rest are added or removed. Figures of different periods are
    /// never paired otherwise, nor a current figure with a comparison figure of another year. Within each stage the
    /// figure in the sentence the alignment paired comes first, then the same order of appearance.
    static func changes(old: [Statistic], new: [Statistic], aligned: [SectionKind: [Int: Int]]) -> Result {
        var samePeriod = Matcher(old: old, aligned: aligned) { measure($0) + "@" + ($0.resolvedPeriod ?? "") }
        var currents = Matcher(old: old.filter { !$0.prior }, aligned: aligned) { measure($0) }
        var changes: [StatisticChange] = []
        var restated: [StatisticChange] = []
        var formats: [FormatChange] = []
        var touchedOld = Set<SentenceRef>()
        var touchedNew = Set<SentenceRef>()
        var related = Set<Int>()
        // Same period first, same value before another value, so that a restatement is never taken for a revision.
        var sameMatches: [Int: Statistic] = [:]
        for statistic in new {
            let key = measure(statistic) + "@" + (statistic.resolvedPeriod ?? "")
            if let match = samePeriod.take(key, for: statistic, where: { sameValue($0, statistic) }) {
                sameMatches[statistic.index] = match
            }
        }
        for statistic in new where sameMatches[statistic.index] == nil {
            let key = measure(statistic) + "@" + (statistic.resolvedPeriod ?? "")
            if let match = samePeriod.take(key, for: statistic, where: { _ in true }) { sameMatches[statistic.index] = match }
        }
        for statistic in new {
            if let match = sameMatches[statistic.index] {
                related.insert(match.index)
                // Both current for one period: the editions report on the same year; otherwise one restates the other.
                if sameValue(match, statistic) {
                    if written(match.text) != written(statistic.text) {
                        formats.append(
                            FormatChange(
                                section: statistic.section, oldIndex: match.sentence, newIndex: statistic.sentence,
                                old: match.text, new: statistic.text, value: statistic.value, oldRange: match.range,
                                newRange: statistic.range))
                        touchedOld.insert(SentenceRef(section: match.section, index: match.sentence))
                        touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
                    } else if match.prior || statistic.prior {
                        restated.append(StatisticChange(old: match, new: statistic, operation: .restated))
                    }
                    if match.prior == statistic.prior { continue }
                } else {
                    changes.append(
                        StatisticChange(old: match, new: statistic, operation: match.prior == statistic.prior ? .changed : .revised))
                    touchedOld.insert(SentenceRef(section: match.section, index: match.sentence))
                    touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
                    if match.prior == statistic.prior { continue }
                }
            }
            // Year over year: current against the other edition's current figure for an earlier period (the one
            // before, when the editions are consecutive).
            guard !statistic.prior else {
                if sameMatches[statistic.index] == nil {
                    changes.append(StatisticChange(old: nil, new: statistic))
                    touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
                }
                continue
            }
            let later = { (match: Statistic) in precedes(match.resolvedPeriod, statistic.resolvedPeriod) }
            if let match = currents.take(measure(statistic), for: statistic, where: later) {
                related.insert(match.index)
                // The same words for a count another source gave: not like for like, no delta.
                let redefined = match.source != nil && statistic.source != nil && match.source != statistic.source
                if redefined || !sameValue(match, statistic) {
                    changes.append(StatisticChange(old: match, new: statistic, operation: redefined ? .redefined : .changed))
                    touchedOld.insert(SentenceRef(section: match.section, index: match.sentence))
                    touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
                }
            } else if sameMatches[statistic.index] == nil {
                changes.append(StatisticChange(old: nil, new: statistic))
                touchedNew.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
            }
        }
        for statistic in old where !related.contains(statistic.index) {
            changes.append(StatisticChange(old: statistic, new: nil))
            touchedOld.insert(SentenceRef(section: statistic.section, index: statistic.sentence))
        }
        return Result(changes: changes, restated: restated, formats: formats, touched: (touchedOld, touchedNew))
    }

    /// What a figure measures, across editions: section, key and unit.
    private static func measure(_ statistic: Statistic) -> String {
        "\(statistic.section.rawValue)|\(statistic.key)|\(statistic.unit)"
    }

    private static func sameValue(_ a: Statistic, _ b: Statistic) -> Bool { a.value == b.value && a.upper == b.upper }

    /// Whether a resolved period ends before another ("2016" before "2017", "FY 2017" before "FY 2018"); periods
    /// that cannot be placed in the calendar (no edition year) only as the same words.
    static func precedes(_ earlier: String?, _ later: String?) -> Bool {
        guard let a = earlier.flatMap(Period.lastYear(ofResolved:)), let b = later.flatMap(Period.lastYear(ofResolved:)) else {
            return earlier == later
        }
        return a < b
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
        // Rejoined only as the figures are related by period: comparison figures of one period, or current ones
        // of an earlier and a later period.
        func periodKey(_ change: StatisticChange) -> String {
            change.prior ? (change.new ?? change.old)?.resolvedPeriod ?? "" : ""
        }
        var removedByKey: [String: [Int]] = [:]
        for (offset, change) in changes.enumerated() where change.operation == .removed {
            let key = "\(change.section.rawValue)|\(change.unit)|\(change.prior)|\(periodKey(change))|" + rewrite(change.key)
            removedByKey[key, default: []].append(offset)
        }
        // First which removed figure each added one rejoins, then the list with each pair made one.
        var partners: [Int: Int] = [:]
        var taken = Set<Int>()
        for (offset, change) in changes.enumerated() where change.operation == .added {
            let key = "\(change.section.rawValue)|\(change.unit)|\(change.prior)|\(periodKey(change))|" + change.key
            let later = { (partner: Int) in
                change.prior || precedes(changes[partner].old?.resolvedPeriod, change.new?.resolvedPeriod)
            }
            guard let partner = removedByKey[key]?.first(where: { !taken.contains($0) && later($0) }) else { continue }
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
            joined.operation = change.prior ? .revised : .changed
            joined.sides = .both(old: old, new: new)
            result.append(joined)
        }
        return result
    }

    /// A figure as written, white space folded: the same words are the same writing.
    private static func written(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

}

/// OLD's figures under a key, each taken at most once: the one in the sentence the alignment paired with the new
/// figure's first, then the first in order of appearance.
struct Matcher {
    private var lists: [String: [Statistic]] = [:]
    private var used = Set<Int>()
    private let aligned: [SectionKind: [Int: Int]]

    init(old: [Statistic], aligned: [SectionKind: [Int: Int]], key: (Statistic) -> String) {
        self.aligned = aligned
        for statistic in old { lists[key(statistic), default: []].append(statistic) }
    }

    /// The best unused figure under `key` that `accepts`, marked used.
    mutating func take(_ key: String, for statistic: Statistic, where accepts: (Statistic) -> Bool) -> Statistic? {
        guard let list = lists[key] else { return nil }
        let open = list.filter { !used.contains($0.index) && accepts($0) }
        let inPairedSentence = open.first { aligned[$0.section]?[$0.sentence] == statistic.sentence }
        guard let match = inPairedSentence ?? open.first else { return nil }
        used.insert(match.index)
        return match
    }
}
