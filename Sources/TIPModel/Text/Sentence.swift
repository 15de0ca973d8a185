/// One sentence, its text with white space folded, and where it stands in the edition's text.

public struct Sentence: Sendable, Hashable, Codable {
    public var text: String
    public var range: TextRange

    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}
