import TIPModel

/// What every change type of the tree has: its identity, its kind, the section it is filed in, and its visit.
public protocol ChangePayload: ChangeNode, Hashable {
    var identity: ChangeIdentity { get }
    /// The kind, as the JSON, CSV and XML name it.
    var kind: ChangeKind { get }
    /// The section the change is filed in (the headline for the tier; none for terms and countries).
    var filedSection: SectionKind? { get }
}

extension ChangePayload {
    /// Stable across runs: derived from the kind, the section and the old and new content.
    public var id: String { identity.id }
    var ordinal: Int { identity.ordinal }
}
