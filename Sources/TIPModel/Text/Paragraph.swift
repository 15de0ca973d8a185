/// A paragraph: consecutive sentences.

public struct Paragraph: Sendable, Hashable, Codable {
    public var range: TextRange
    public var sentences: [Sentence]

    public init(range: TextRange, sentences: [Sentence]) {
        self.range = range
        self.sentences = sentences
    }
}
