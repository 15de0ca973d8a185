import TIPModel

/// One occurrence of a term: the edition, the section and the sentence it stands in.
public struct TermHit: Sendable, Hashable, Encodable {
    public var country: String
    public var year: Int
    public var path: String
    public var section: SectionKind
    /// The sentence's index among its section's sentences.
    public var sentence: Int
    public var text: String

    public init(country: String, year: Int, path: String, section: SectionKind, sentence: Int, text: String) {
        self.country = country
        self.year = year
        self.path = path
        self.section = section
        self.sentence = sentence
        self.text = text
    }
}
