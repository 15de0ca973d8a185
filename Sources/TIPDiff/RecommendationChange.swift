/// A recommendation added, dropped or reworded between editions.
import TIPModel

public struct RecommendationChange: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable { case added, removed, reworded }

    public var id: String
    public var operation: Operation
    public var oldIndex: Int?
    public var newIndex: Int?
    public var old: String?
    public var new: String?
    public var oldRange: TextRange?
    public var newRange: TextRange?
    /// Word-level edits of a reworded item.
    public var edits: [WordEdit]?

    init(_ operation: Operation) {
        self.id = ""
        self.operation = operation
    }
}
