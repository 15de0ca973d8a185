/// A figure as one edition prints it: the edition, the value, and the sentence that gives it.
public struct RestatedFigure: Sendable, Hashable, Encodable {
    public var year: Int
    public var path: String
    public var value: Double
    /// The figure as written ("86") and what it counts ("trafficking cases").
    public var written: String
    public var counted: String
    /// The whole sentence, to quote.
    public var sentence: String

    public init(year: Int, path: String, value: Double, written: String, counted: String, sentence: String) {
        self.year = year
        self.path = path
        self.value = value
        self.written = written
        self.counted = counted
        self.sentence = sentence
    }
}
