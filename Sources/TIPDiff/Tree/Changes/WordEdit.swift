/// One piece of a word-level diff: equal, inserted or deleted text.
public struct WordEdit: Sendable, Hashable, Codable {
    public enum Operation: String, Sendable, Hashable, Codable { case equal, insert, delete }
    public var op: Operation
    public var text: String

    public init(_ op: Operation, _ text: String) {
        self.op = op
        self.text = text
    }
}
