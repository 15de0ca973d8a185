import TIPModel

/// One change between two editions: a leaf of the change tree, typed by what changed. Each case's payload is
/// a `ChangePayload`, which knows its kind, its section and its visit.
public enum Change: Sendable, Hashable, ChangeNode {
    case tier(TierChange)
    case effort(EffortChange)
    case verdict(VerdictChange)
    case section(SectionChange)
    case sentence(SentenceChange)
    case term(TermChange)
    case statistic(StatisticChange)
    case format(FormatChange)
    case recommendation(RecommendationChange)
    case country(CountryChange)

    /// The payload, whatever its type: the one place the cases are taken apart.
    public var payload: any ChangePayload {
        switch self {
        case .tier(let c): c
        case .effort(let c): c
        case .verdict(let c): c
        case .section(let c): c
        case .sentence(let c): c
        case .term(let c): c
        case .statistic(let c): c
        case .format(let c): c
        case .recommendation(let c): c
        case .country(let c): c
        }
    }

    /// Stable across runs: derived from the kind, the section and the old and new content.
    public var id: String { payload.id }

    /// The kind, as the JSON, CSV and XML name it.
    public var kind: ChangeKind { payload.kind }

    /// The section the change is in (the headline for the tier; none for terms and countries).
    public var section: SectionKind? { payload.filedSection }

    /// Where the change stands in the order the diff reports a country's changes.
    var ordinal: Int { payload.ordinal }

    public func accept<V: ChangeVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result { try payload.accept(&visitor) }

    /// The change with its id and its place in the reading order, as the tree is assembled.
    fileprivate func identified(_ identity: ChangeIdentity) -> Change {
        switch self {
        case .tier(var c): c.identity = identity; return .tier(c)
        case .effort(var c): c.identity = identity; return .effort(c)
        case .verdict(var c): c.identity = identity; return .verdict(c)
        case .section(var c): c.identity = identity; return .section(c)
        case .sentence(var c): c.identity = identity; return .sentence(c)
        case .term(var c): c.identity = identity; return .term(c)
        case .statistic(var c): c.identity = identity; return .statistic(c)
        case .format(var c): c.identity = identity; return .format(c)
        case .recommendation(var c): c.identity = identity; return .recommendation(c)
        case .country(var c): c.identity = identity; return .country(c)
        }
    }
}

extension Change {
    /// The changes in reading order, each with its content-derived id (a repeated id gets "-2", "-3", ... in
    /// order) and its ordinal.
    static func identified(_ changes: [Change], country: String) -> [Change] {
        var seen: [String: Int] = [:]
        return changes.enumerated().map { ordinal, change in
            var content = ChangeContent()
            change.accept(&content)
            let base = content.identifier(kind: change.kind, country: country)
            seen[base, default: 0] += 1
            let id = seen[base]! == 1 ? base : base + "-\(seen[base]!)"
            return change.identified(ChangeIdentity(id: id, ordinal: ordinal))
        }
    }
}
