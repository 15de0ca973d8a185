/// How often one term or phrase occurs: per edition year across all countries, per country and year, and
/// every hit with its sentence.
public struct TermCount: Sendable, Encodable {
    /// A count in one year (and country, for `byCountry`).
    public struct Cell: Sendable, Hashable, Encodable {
        public var country: String?
        public var year: Int
        public var count: Int
    }

    public var term: String
    /// Across all countries, each year of the archive (zero included), oldest first.
    public var byYear: [Cell]
    /// Per country (name order) and year, only where the term occurs.
    public var byCountry: [Cell]
    public var hits: [TermHit]

    public init(term: String, years: [Int], hits: [TermHit]) {
        self.term = term
        self.hits = hits
        var perYear: [Int: Int] = [:]
        var perCountry: [String: [Int: Int]] = [:]
        for hit in hits {
            perYear[hit.year, default: 0] += 1
            perCountry[hit.country, default: [:]][hit.year, default: 0] += 1
        }
        byYear = years.map { Cell(country: nil, year: $0, count: perYear[$0, default: 0]) }
        byCountry = perCountry.keys.sorted().flatMap { country in
            perCountry[country]!.keys.sorted().map { Cell(country: country, year: $0, count: perCountry[country]![$0]!) }
        }
    }

    /// Across all countries, the count in `year`.
    public func count(in year: Int) -> Int { byYear.first { $0.year == year }?.count ?? 0 }
}
