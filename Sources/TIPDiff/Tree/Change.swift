import TIPModel

/// One change between two editions: a leaf of the change tree, typed by what changed, with the id the tree's
/// assembly gave it. Each case's payload is a `ChangePayload`, which knows its kind, its section and its visit.
public enum Change: Sendable, Hashable, ChangeNode {
    case tier(Identified<TierChange>)
    case effort(Identified<EffortChange>)
    case verdict(Identified<VerdictChange>)
    case section(Identified<SectionChange>)
    case sentence(Identified<SentenceChange>)
    case term(Identified<TermChange>)
    case statistic(Identified<StatisticChange>)
    case format(Identified<FormatChange>)
    case recommendation(Identified<RecommendationChange>)
    case country(Identified<CountryChange>)

    /// The identified node, whatever its type, with its payload and identity: the one place the cases are
    /// taken apart.
    private var node: (payload: any ChangePayload, node: any ChangeNode, id: String, ordinal: Int) {
        switch self {
        case .tier(let c): (c.payload, c, c.id, c.ordinal)
        case .effort(let c): (c.payload, c, c.id, c.ordinal)
        case .verdict(let c): (c.payload, c, c.id, c.ordinal)
        case .section(let c): (c.payload, c, c.id, c.ordinal)
        case .sentence(let c): (c.payload, c, c.id, c.ordinal)
        case .term(let c): (c.payload, c, c.id, c.ordinal)
        case .statistic(let c): (c.payload, c, c.id, c.ordinal)
        case .format(let c): (c.payload, c, c.id, c.ordinal)
        case .recommendation(let c): (c.payload, c, c.id, c.ordinal)
        case .country(let c): (c.payload, c, c.id, c.ordinal)
        }
    }

    /// The payload, whatever its type.
    public var payload: any ChangePayload { node.payload }

    /// Stable across runs: derived from the kind, the section and the old and new content.
    public var id: String { node.id }

    /// The kind, as the JSON, CSV and XML name it.
    public var kind: ChangeKind { payload.kind }

    /// The section the change is in (the headline for the tier; none for terms and countries).
    public var section: SectionKind? { payload.filedSection }

    /// Where the change stands in the order the diff reports a country's changes.
    var ordinal: Int { node.ordinal }

    public func accept<V: ChangeVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result { try node.node.accept(&visitor) }
}
