/// A sentence (or a run of consecutive sentences) added, removed, reworded or moved.
import TIPModel

public struct SentenceChange: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable { case added, removed, modified, moved }

    /// How the report's XML names what happened to the text.
    public enum Status: String, Sendable, Hashable {
        case added, removed, modified, moved, unchanged
        case movedModified = "moved-modified"
    }

    public var id: String
    public var operation: Operation
    /// The section of NEW (of OLD for a removal).
    public var section: SectionKind
    /// The section of OLD, for a sentence moved between sections.
    public var oldSection: SectionKind?
    public var oldIndex: Int?
    public var newIndex: Int?
    /// How many consecutive sentences the change carries (a moved or new paragraph is one change).
    public var length: Int?
    public var old: String?
    public var new: String?
    public var oldRange: TextRange?
    public var newRange: TextRange?
    /// Word-level edits, for a modified sentence or one that moved and changed.
    public var edits: [WordEdit]?

    init(_ operation: Operation, section: SectionKind) {
        self.id = ""
        self.operation = operation
        self.section = section
    }

    public var status: Status {
        switch operation {
        case .added: .added
        case .removed: .removed
        case .modified: .modified
        case .moved: edits == nil ? .moved : .movedModified
        }
    }
}
