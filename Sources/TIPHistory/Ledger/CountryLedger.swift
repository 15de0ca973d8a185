/// The recommendation ledger of one country: every prioritized recommendation of its editions.
public struct CountryLedger: Sendable, Encodable {
    public var country: String
    /// The years of its editions, oldest first.
    public var years: [Int]
    public var entries: [LedgerEntry]

    public init(country: String, years: [Int], entries: [LedgerEntry]) {
        self.country = country
        self.years = years
        self.entries = entries
    }

    /// How many recommendations had `status` in `year`.
    public func count(_ status: LedgerStatus, in year: Int) -> Int { entries.filter { $0.status(in: year) == status }.count }
}
