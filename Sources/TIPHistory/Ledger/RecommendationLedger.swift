/// The recommendation ledger of an archive: a `CountryLedger` per country, in name order.
public struct RecommendationLedger: Sendable, Encodable {
    public var countries: [CountryLedger]

    public init(countries: [CountryLedger]) { self.countries = countries.sorted { $0.country < $1.country } }

    /// Every year any country has an edition, oldest first.
    public var years: [Int] { Array(Set(countries.flatMap(\.years))).sorted() }

    /// Across all countries, how many recommendations had `status` in `year`.
    public func count(_ status: LedgerStatus, in year: Int) -> Int { countries.reduce(0) { $0 + $1.count(status, in: year) } }
}
