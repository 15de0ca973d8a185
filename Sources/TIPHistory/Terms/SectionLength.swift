import TIPModel

/// How long one kind of section runs in one edition year, summed over the countries that have it.
public struct SectionLength: Sendable, Hashable, Encodable {
    public var year: Int
    public var section: SectionKind
    /// The editions that have the section.
    public var editions: Int
    public var sentences: Int
    public var words: Int

    public init(year: Int, section: SectionKind, editions: Int, sentences: Int, words: Int) {
        self.year = year
        self.section = section
        self.editions = editions
        self.sentences = sentences
        self.words = words
    }
}
