import TIPDiff
import TIPModel

/// Chains the consecutive-pair sentence alignments of a country's editions (TIPDiff's `SentenceAligner`,
/// each pair aligned once, section by section) into the lineage of every sentence.
public enum HistoryBuilder {
    /// The history of `country` over `editions`, each with its year, in any order (sorted here by year).
    public static func history(country: String, editions: [(year: Int, edition: Edition)]) -> SentenceHistory {
        let ordered = editions.sorted { $0.year < $1.year }
        var lineages: [SentenceLineage] = []
        var shares: [SectionShare] = []
        // The lineage ids of the previous edition's sentences, per section key, in order.
        var previous: [SectionKey: [Int]] = [:]
        var previousOrder: [SectionKey] = []
        var previousYear: Int?
        for (year, edition) in ordered {
            var current: [SectionKey: [Int]] = [:]
            let keyed = keys(of: edition.sections)
            for (key, section) in keyed {
                let texts = section.sentences.map(\.text)
                let oldIds = previous[key] ?? []
                let alignment = SentenceAligner.align(old: oldIds.map { lineages[$0].text }, new: texts)
                var ids = [Int](repeating: -1, count: texts.count)
                var share = SectionShare(
                    year: year, previousYear: previousYear, section: key.kind, sentences: texts.count, carried: 0, reworded: 0, new: 0,
                    moved: 0, dropped: 0)
                for pair in alignment.pairs {
                    let id = oldIds[pair.old]
                    ids[pair.new] = id
                    if pair.isExact {
                        share.carried += 1
                    } else {
                        let edits = WordDiff.edits(lineages[id].text, texts[pair.new])
                        lineages[id].events.append(
                            LineageEvent(
                                year: year, kind: .reworded, removed: edits.filter { $0.op == .delete }.map(\.text),
                                added: edits.filter { $0.op == .insert }.map(\.text), before: lineages[id].text))
                        share.reworded += 1
                    }
                    if pair.isMoved {
                        lineages[id].events.append(LineageEvent(year: year, kind: .moved))
                        share.moved += 1
                    }
                    lineages[id].text = texts[pair.new]
                    lineages[id].lastYear = year
                    lineages[id].position = pair.new
                }
                for j in alignment.unmatchedNew {
                    ids[j] = lineages.count
                    lineages.append(
                        SentenceLineage(
                            id: lineages.count, section: key.kind, text: texts[j], firstYear: year, lastYear: year, isCurrent: true,
                            position: j))
                    share.new += 1
                }
                share.dropped = alignment.unmatchedOld.count
                drop(alignment.unmatchedOld, of: oldIds, in: &lineages)
                current[key] = ids
                shares.append(share)
            }
            for key in previousOrder where current[key] == nil {
                let oldIds = previous[key] ?? []
                drop(Array(oldIds.indices), of: oldIds, in: &lineages)
                shares.append(
                    SectionShare(
                        year: year, previousYear: previousYear, section: key.kind, sentences: 0, carried: 0, reworded: 0, new: 0, moved: 0,
                        dropped: oldIds.count))
            }
            previous = current
            previousOrder = keyed.map(\.0)
            previousYear = year
        }
        // The newest edition's sentences in its reading order, then the dropped, latest dropped first.
        let newest = previousOrder.flatMap { previous[$0] ?? [] }
        let gone = lineages.filter { !$0.isCurrent }.sorted { a, b in
            if a.lastYear != b.lastYear { return a.lastYear > b.lastYear }
            if a.section != b.section { return sectionRank(a.section) < sectionRank(b.section) }
            return (a.position, a.id) < (b.position, b.id)
        }
        return SentenceHistory(
            country: country, years: ordered.map(\.year), lineages: newest.map { lineages[$0] } + gone, shares: shares)
    }

    /// Marks the sentences at `indices` of the previous edition as gone: last printed the year before.
    private static func drop(_ indices: [Int], of oldIds: [Int], in lineages: inout [SentenceLineage]) {
        for i in indices {
            let id = oldIds[i]
            lineages[id].isCurrent = false
            lineages[id].after = i > 0 ? oldIds[i - 1] : nil
        }
    }

    /// A section's place in a history: its kind and which of the sections of that kind it is.
    struct SectionKey: Hashable {
        var kind: SectionKind
        var occurrence: Int
    }

    /// Each section with its key, in reading order.
    static func keys(of sections: [Section]) -> [(SectionKey, Section)] {
        var seen: [SectionKind: Int] = [:]
        return sections.map { section in
            let n = seen[section.kind, default: 0]
            seen[section.kind] = n + 1
            return (SectionKey(kind: section.kind, occurrence: n), section)
        }
    }

    private static func sectionRank(_ kind: SectionKind) -> Int { SectionKind.allCases.firstIndex(of: kind) ?? 0 }
}
