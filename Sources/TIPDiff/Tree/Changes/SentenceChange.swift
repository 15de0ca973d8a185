import TIPModel

/// A sentence (or a run of consecutive sentences) added, removed, reworded or moved.
public struct SentenceChange: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable { case added, removed, modified, moved }

    /// How the report's XML names what happened to the text.
    public enum Status: String, Sendable, Hashable {
        case added, removed, modified, moved, unchanged
        case movedModified = "moved-modified"
    }

    /// The text on each side: an added sentence has only a new side, a removed one only an old side.
    public var sides: ChangeSides<ChangeSide>
    /// Whether a sentence on both sides moved (else it was reworded in place).
    public var moved = false
    /// Word-level edits, for a modified sentence or one that moved and changed.
    public var edits: [WordEdit]?

    /// What happened to the text, as its sides say.
    public var operation: Operation {
        switch sides {
        case .added: .added
        case .removed: .removed
        case .both: moved ? .moved : .modified
        }
    }

    /// The section of NEW (of OLD for a removal).
    public var section: SectionKind { (sides.new ?? sides.old)!.section }
    /// The section of OLD, for a sentence moved between sections.
    public var oldSection: SectionKind? {
        guard operation == .moved, let old = sides.old, let new = sides.new, old.section != new.section else { return nil }
        return old.section
    }
    public var oldIndex: Int? { sides.old?.index }
    public var newIndex: Int? { sides.new?.index }
    /// How many consecutive sentences the change carries (a moved or new paragraph is one change).
    public var length: Int? { (sides.new ?? sides.old)?.length }
    public var old: String? { sides.old?.text }
    public var new: String? { sides.new?.text }
    public var oldRange: TextRange? { sides.old?.range }
    public var newRange: TextRange? { sides.new?.range }

    public var status: Status {
        switch operation {
        case .added: .added
        case .removed: .removed
        case .modified: .modified
        case .moved: edits == nil ? .moved : .movedModified
        }
    }
}

extension SentenceChange: ChangePayload {
    public var kind: ChangeKind {
        switch operation {
        case .added: .sentenceAdded
        case .removed: .sentenceRemoved
        case .modified: .sentenceModified
        case .moved: .sentenceMoved
        }
    }

    public var filedSection: SectionKind? { section }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitSentence(node)
    }
}
