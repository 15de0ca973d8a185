/// One prioritized recommendation.

public struct Recommendation: Sendable, Hashable, Codable {
    public var text: String
    public var range: TextRange

    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}
