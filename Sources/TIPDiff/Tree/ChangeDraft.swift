import TIPModel

/// A change as the diff finds it, before it has an id: the payload of its kind. The tree's assembly
/// (`identified`) turns the drafts of a country, in reading order, into `Change`s with their ids.
public enum ChangeDraft: Sendable, Hashable {
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

    /// The payload, whatever its type.
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

    /// The kind, as the JSON, CSV and XML name it.
    public var kind: ChangeKind { payload.kind }

    /// The change with its id and its place in the reading order.
    private func identified(_ identity: ChangeIdentity) -> Change {
        switch self {
        case .tier(let c): .tier(Identified(c, identity: identity))
        case .effort(let c): .effort(Identified(c, identity: identity))
        case .verdict(let c): .verdict(Identified(c, identity: identity))
        case .section(let c): .section(Identified(c, identity: identity))
        case .sentence(let c): .sentence(Identified(c, identity: identity))
        case .term(let c): .term(Identified(c, identity: identity))
        case .statistic(let c): .statistic(Identified(c, identity: identity))
        case .format(let c): .format(Identified(c, identity: identity))
        case .recommendation(let c): .recommendation(Identified(c, identity: identity))
        case .country(let c): .country(Identified(c, identity: identity))
        }
    }

    /// The drafts, in reading order, as changes, each with its content-derived id (a repeated id gets "-2",
    /// "-3", ... in order) and its ordinal.
    static func identified(_ drafts: [ChangeDraft], country: String) -> [Change] {
        var seen: [String: Int] = [:]
        return drafts.enumerated().map { ordinal, draft in
            let base = ChangeContent(draft).identifier(kind: draft.kind, country: country)
            seen[base, default: 0] += 1
            let id = seen[base]! == 1 ? base : base + "-\(seen[base]!)"
            return draft.identified(ChangeIdentity(id: id, ordinal: ordinal))
        }
    }
}
