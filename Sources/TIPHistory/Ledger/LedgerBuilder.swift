import TIPModel
import TIPTimelines

/// Builds the recommendation ledger: each country's recommendations chained year to year by the
/// timeline's recommendation chains (TIPDiff's alignment of each consecutive pair, made once), each year
/// with the sentences of the enforcement sections that share the recommendation's subject.
public enum LedgerBuilder {
    /// At most this many sentences are given as evidence for a recommendation in one edition.
    public static let evidencePerYear = 3
    /// A sentence is evidence when it shares this many of the recommendation's words of substance.
    public static let sharedWords = 2

    /// The ledger of one country's editions, each with its year, in any order.
    public static func ledger(country: String, editions: [(year: Int, edition: Edition)]) -> CountryLedger {
        let ordered = editions.sorted { $0.year < $1.year }
        var dated: [Edition] = []
        for (year, edition) in ordered {
            var edition = edition
            edition.reportYear = year
            dated.append(edition)
        }
        let indexes = Dictionary(uniqueKeysWithValues: ordered.map { ($0.year, EvidenceIndex($0.edition)) })
        let years = ordered.map(\.year)
        let entries = Timeline.chains(of: dated).enumerated().map { number, chain in
            var statuses: [LedgerYear] = chain.history.map { appearance in
                let status: LedgerStatus =
                    switch appearance.status {
                    case "new": .first
                    case "carried": .repeated
                    default: .reworded
                    }
                return LedgerYear(
                    year: appearance.year, status: status, text: appearance.text,
                    evidence: indexes[appearance.year]?.evidence(for: appearance.text) ?? [])
            }
            let dropped = chain.droppedAfter.flatMap { last in years.first { $0 > last } }
            if let dropped { statuses.append(LedgerYear(year: dropped, status: .dropped, text: nil)) }
            return LedgerEntry(
                id: "R\(number + 1)", firstYear: chain.history.first?.year ?? 0, droppedYear: dropped, text: chain.text, years: statuses)
        }
        return CountryLedger(country: country, years: years, entries: entries)
    }
}
