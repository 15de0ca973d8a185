/// How often one of the phrases `terms` reports with no terms given occurs in one country's edition of one
/// year (zero included, so that the year a country stopped saying it is a row).
public struct PhraseCount: Sendable, Hashable, Encodable {
    /// The phrase as the shifts give it, the country's own name written `{country}`.
    public var phrase: String
    public var country: String
    public var year: Int
    public var count: Int

    public init(phrase: String, country: String, year: Int, count: Int) {
        self.phrase = phrase
        self.country = country
        self.year = year
        self.count = count
    }
}
