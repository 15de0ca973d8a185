import TIPModel

/// What a note is attached to: exactly one of these.
public enum Anchor: Sendable, Equatable {
    case quote(QuoteSelector)
    case statistic(key: String)
    case section(SectionKind)
    case tier
    case change(id: String)

    /// The anchor's kind as the YAML names it.
    public var kind: String {
        switch self {
        case .quote: "quote"
        case .statistic: "statistic"
        case .section: "section"
        case .tier: "tier"
        case .change: "change"
        }
    }
}
