import Foundation
import TIPModel
import TIPStatistics
import TIPSupport

/// Compares editions, as a careful reviewer would list the differences, into the change tree.
public struct Differ: Sendable {
    /// A replacement made in at least this many places is reported once, as a term change.
    public var termThreshold: Int
    /// Tallies extractions and alignments, for tests that pin "computed once".
    public var counter: WorkCounter?

    public init(termThreshold: Int = 3, counter: WorkCounter? = nil) {
        self.termThreshold = termThreshold
        self.counter = counter
    }

    /// Compares two editions of one country.
    public func compare(_ old: Edition, _ new: Edition) -> CountryComparison {
        // The two editions share their words: the newer one finds most of them already made.
        var vocabulary = Vocabulary()
        let old = ComparedEdition(old, counter: counter, vocabulary: &vocabulary)
        return compare(old, ComparedEdition(new, counter: counter, vocabulary: &vocabulary))
    }

    /// Compares two editions whose statistics are already extracted.
    public func compare(_ old: ComparedEdition, _ new: ComparedEdition) -> CountryComparison {
        counter?.count(.pairsCompared)
        var changes: [ChangeDraft] = []
        let tier = TierChange(old.edition.tier, new.edition.tier)
        if let tier { changes.append(.tier(tier)) }
        let effort = EffortChange(old.edition, new.edition)
        if let effort { changes.append(.effort(effort)) }

        var sentenceWork = SentenceChanges()
        // The sections share one sentence reader: a word's meaning is learnt once per comparison.
        var reader = SentenceKeyReader()
        var alignments: [SectionKind: SentenceAlignment] = [:]
        var verdictSections = Set<SectionKind>()
        for (oldSection, newSection) in SectionPairing.pairs(old.edition.sections, new.edition.sections) {
            switch (oldSection, newSection) {
            case (let o?, nil):
                changes.append(
                    .section(
                        SectionChange(presence: .removed, section: o.kind, heading: o.heading ?? o.kind.rawValue, range: o.range)))
                if o.kind != .recommendations { sentenceWork.orphanedOld(o) }
            case (nil, let n?):
                changes.append(
                    .section(
                        SectionChange(presence: .added, section: n.kind, heading: n.heading ?? n.kind.rawValue, range: n.range)))
                if n.kind != .recommendations { sentenceWork.orphanedNew(n) }
            case (let o?, let n?):
                if o.verdict != n.verdict || o.verdictQualifier?.lowercased() != n.verdictQualifier?.lowercased() {
                    verdictSections.insert(n.kind)
                    changes.append(
                        .verdict(
                            VerdictChange(
                                section: n.kind, old: o.verdict, new: n.verdict, oldQualifier: o.verdictQualifier,
                                newQualifier: n.verdictQualifier, oldRange: o.sentences.first?.range,
                                newRange: n.sentences.first?.range)))
                }
                if n.kind == .recommendations {
                    if alignments[n.kind] == nil { alignments[n.kind] = align(o, n, reader: &reader) }
                    continue
                }
                let alignment = sentenceWork.compare(o, n, alignment: align(o, n, reader: &reader))
                if alignments[n.kind] == nil { alignments[n.kind] = alignment }
            default:
                continue
            }
        }
        let aligned = alignments.filter { $0.key != .recommendations }.mapValues {
            Dictionary(uniqueKeysWithValues: $0.pairs.map { ($0.old, $0.new) })
        }

        let statistics = StatisticsComparison.changes(old: old.statistics, new: new.statistics, aligned: aligned)
        changes += sentenceWork.finish(termThreshold: termThreshold, numericSentences: statistics.touched)
        changes += StatisticsComparison.rejoined(statistics.changes, through: sentenceWork.terms).map(ChangeDraft.statistic)
        // A figure written another way is one format-only change, whether or not its sentence changed too.
        let place = { (f: FormatChange) in "\(f.section.rawValue):\(f.oldIndex):\(f.newIndex):\(f.value)" }
        let sentenceFormats = Set(sentenceWork.formats.map(place))
        changes += statistics.formats.filter { !sentenceFormats.contains(place($0)) }.map(ChangeDraft.format)
        let tierChanged = tier != nil
        let statements = (old: old.edition.tier.statement, new: new.edition.tier.statement)
        changes.removeAll { change in
            guard case .sentence(let s) = change else { return false }
            switch s.operation {
            case .modified where effort != nil && s.section == .headline && s.old.flatMap(EffortFinding.stated) != nil:
                // The headline's formula: the effort change reports it.
                return true
            case .modified:
                // A section's opening sentence states its verdict: the verdict change reports it.
                if s.oldIndex == 0 && s.newIndex == 0 && verdictSections.contains(s.section) { return true }
                // The sentence that states the placement is reported by the tier change.
                return tierChanged && s.section == .headline && s.old == statements.old && s.new == statements.new
            case .removed:
                // Reworded past recognition ("remained on Tier 3" → "was upgraded to Tier 2 Watch List"): the
                // tier change carries the wording, word by word.
                return tierChanged && s.section == .headline && (s.length ?? 1) == 1 && s.old == statements.old
            case .added:
                return tierChanged && s.section == .headline && (s.length ?? 1) == 1 && s.new == statements.new
            case .moved:
                return false
            }
        }
        changes += RecommendationComparison.changes(old.edition.recommendations, new.edition.recommendations)
            .map(ChangeDraft.recommendation)
        return CountryComparison(
            country: new.edition.country, old: old, new: new, alignments: alignments,
            changes: ChangeDraft.identified(changes, country: new.edition.country), restated: statistics.restated)
    }

    /// The sentence alignment of two versions of a section.
    private func align(_ old: Section, _ new: Section, reader: inout SentenceKeyReader) -> SentenceAlignment {
        counter?.count(.sectionsAligned)
        return SentenceAligner.align(old: old.sentences.map(\.text), new: new.sentences.map(\.text), reader: &reader)
    }

    /// Compares two sets of editions (two year folders), matching countries by `countryKey` (by default the
    /// folded name; give the alias table's usual name so that "Burma" meets "Myanmar"). Countries are
    /// compared in parallel; the result keeps NEW's order. A country only one side holds is not compared,
    /// unless `placed` (whether the tier tables place a country in a year; `nil` when a year's table cannot
    /// tell) shows it entering or leaving the report: then it is a `country-added` or `country-removed` change.
    public func compare(
        folder old: [Edition], _ new: [Edition], countryKey: (String) -> String = { CountryKey.of($0) },
        placed: (String, Int) -> Bool? = { _, _ in nil }, progress: (@Sendable (_ done: Int, _ of: Int) -> Void)? = nil
    ) -> Comparison {
        let oldYear = old.compactMap(\.reportYear).first
        let newYear = new.compactMap(\.reportYear).first
        var notCompared: [UncomparedCountry] = []
        var countryChanges: [ChangeDraft] = []
        // A country only one side holds: it entered (or left) the report when the tables place it in the year
        // of the side that holds it and not in the other year; otherwise it was not compared.
        func unmatched(_ edition: Edition, _ presence: Presence, year own: Int?, other: Int?) {
            if let own, let other, placed(edition.country, own) == true, placed(edition.country, other) == false {
                countryChanges.append(
                    .country(CountryChange(presence: presence, country: edition.country, path: edition.source.path)))
            } else {
                let folder = other.map { "the \($0) folder" } ?? "the other folder"
                notCompared.append(
                    UncomparedCountry(
                        country: edition.country, path: edition.source.path, presence: presence, reason: "absent from \(folder)"))
            }
        }
        var oldByCountry: [String: Edition] = [:]
        for edition in old where oldByCountry[countryKey(edition.country)] == nil { oldByCountry[countryKey(edition.country)] = edition }
        let newKeys = Set(new.map { countryKey($0.country) })
        var pairs: [(Edition, Edition)] = []
        for edition in new {
            if let previous = oldByCountry[countryKey(edition.country)] {
                pairs.append((previous, edition))
            } else {
                unmatched(edition, .added, year: newYear, other: oldYear)
            }
        }
        for edition in old where !newKeys.contains(countryKey(edition.country)) {
            unmatched(edition, .removed, year: oldYear, other: newYear)
        }
        let done = WorkCounter()
        let total = pairs.count
        let countries = Parallel.map(pairs) { pair in
            let comparison = compare(pair.0, pair.1)
            if let progress {
                done.count(.pairsCompared)
                progress(done[.pairsCompared], total)
            }
            return comparison
        }
        let identified = ChangeDraft.identified(countryChanges, country: "").compactMap { change -> Identified<CountryChange>? in
            if case .country(let c) = change { return c }
            return nil
        }
        return Comparison(countries: countries, countryChanges: identified, notCompared: notCompared)
    }
}
