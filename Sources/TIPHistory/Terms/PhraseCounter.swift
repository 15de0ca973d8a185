import TIPModel
import TIPSupport

/// Counts the phrases `terms` reports with no terms given (those removed from many countries and those
/// whose use changed most) in every edition of the archive, from histories already built: each sentence is
/// read once per phrase, so the work grows with the number of editions.
public enum PhraseCounter {
    /// The phrases of the shifts of `histories`, counted in each country's editions of `archive`; rows by
    /// phrase (in the report's order), then country in name order, then year.
    public static func counts(
        archive: [(country: String, editions: [(year: Int, edition: Edition)])], histories: [SentenceHistory]
    ) -> [PhraseCount] {
        let phrases = self.phrases(TermCounter.shifts(histories))
        guard !phrases.isEmpty else { return [] }
        // Each country's counts on every core; the rows are put in their order below.
        let out = Parallel.map(archive) { country, editions -> [PhraseCount] in
            let wanted = phrases.map { TermCounter.fold($0.replacingOccurrences(of: "{country}", with: country)) }
            var counts = [[Int: Int]](repeating: [:], count: phrases.count)
            for (year, edition) in editions {
                for p in phrases.indices { counts[p][year] = counts[p][year] ?? 0 }
                for section in edition.sections {
                    for sentence in section.sentences {
                        let text = TermCounter.fold(sentence.text)
                        for (p, phrase) in wanted.enumerated() {
                            counts[p][year, default: 0] += TermCounter.occurrences(of: phrase, in: text)
                        }
                    }
                }
            }
            return phrases.enumerated().flatMap { p, phrase in
                counts[p].keys.sorted().map { PhraseCount(phrase: phrase, country: country, year: $0, count: counts[p][$0]!) }
            }
        }.flatMap { $0 }
        let order = Dictionary(phrases.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return out.sorted { (order[$0.phrase]!, $0.country, $0.year) < (order[$1.phrase]!, $1.country, $1.year) }
    }

    /// The phrases removed from many countries, then those that changed most, each once, in that order.
    static func phrases(_ shifts: [PhraseShift]) -> [String] {
        var seen = Set<String>()
        return (TermCounter.removedFromMany(shifts) + shifts.prefix(TermCounter.changedMostCount)).map(\.phrase).filter {
            seen.insert($0).inserted
        }
    }
}
