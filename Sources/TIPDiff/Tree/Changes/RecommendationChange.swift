import TIPModel

/// A recommendation added, dropped or reworded between editions.
public struct RecommendationChange: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable { case added, removed, reworded }

    /// The item on each side (its index among the recommendations): an added item has only a new side, a
    /// reworded one both.
    public var sides: ChangeSides<ChangeSide>
    /// Word-level edits of a reworded item.
    public var edits: [WordEdit]?

    /// What happened to the item, as its sides say.
    public var operation: Operation {
        switch sides {
        case .added: .added
        case .removed: .removed
        case .both: .reworded
        }
    }

    public var oldIndex: Int? { sides.old?.index }
    public var newIndex: Int? { sides.new?.index }
    public var old: String? { sides.old?.text }
    public var new: String? { sides.new?.text }
    public var oldRange: TextRange? { sides.old?.range }
    public var newRange: TextRange? { sides.new?.range }
}

extension RecommendationChange: ChangePayload {
    public var kind: ChangeKind {
        switch operation {
        case .added: .recommendationAdded
        case .removed: .recommendationRemoved
        case .reworded: .recommendationReworded
        }
    }

    public var filedSection: SectionKind? { .recommendations }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitRecommendation(node)
    }
}
