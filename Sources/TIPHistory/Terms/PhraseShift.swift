/// Wording that many countries' narratives lost (or gained) in the same edition year: the words a rewording
/// took out or put in, or a whole sentence dropped or added, with the country's own name written `{country}`
/// so that the same language in two narratives is one phrase.
public struct PhraseShift: Sendable, Hashable, Encodable {
    /// Which way the wording went.
    public enum Direction: String, Sendable, Hashable, Encodable {
        case removed, added
    }

    public var year: Int
    public var direction: Direction
    /// Whether the phrase is a whole sentence (dropped or added) rather than words of a reworded one.
    public var wholeSentence: Bool
    public var phrase: String
    /// The countries, in name order.
    public var countries: [String]
    /// The countries that have an edition that year and the year before: what `countries` is out of.
    public var comparable: Int

    public init(year: Int, direction: Direction, wholeSentence: Bool, phrase: String, countries: [String], comparable: Int) {
        self.year = year
        self.direction = direction
        self.wholeSentence = wholeSentence
        self.phrase = phrase
        self.countries = countries
        self.comparable = comparable
    }
}
