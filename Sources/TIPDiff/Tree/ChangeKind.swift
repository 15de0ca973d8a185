/// The kinds of change the diff reports, as the JSON, CSV and XML name them, and the category each belongs to.
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case tier
    case effort
    case verdict
    case sectionAdded = "section-added"
    case sectionRemoved = "section-removed"
    case sentenceAdded = "sentence-added"
    case sentenceRemoved = "sentence-removed"
    case sentenceModified = "sentence-modified"
    case sentenceMoved = "sentence-moved"
    case term
    case statisticChanged = "statistic-changed"
    case statisticAdded = "statistic-added"
    case statisticRemoved = "statistic-removed"
    case statisticRevised = "statistic-revised"
    case statisticRedefined = "statistic-redefined"
    case formatOnly = "format-only"
    case recommendationAdded = "recommendation-added"
    case recommendationRemoved = "recommendation-removed"
    case recommendationReworded = "recommendation-reworded"
    case countryAdded = "country-added"
    case countryRemoved = "country-removed"

    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The kind with added and removed (old and new) exchanged.
    public var reversed: ChangeKind {
        switch self {
        case .sectionAdded: .sectionRemoved
        case .sectionRemoved: .sectionAdded
        case .sentenceAdded: .sentenceRemoved
        case .sentenceRemoved: .sentenceAdded
        case .statisticAdded: .statisticRemoved
        case .statisticRemoved: .statisticAdded
        case .recommendationAdded: .recommendationRemoved
        case .recommendationRemoved: .recommendationAdded
        case .countryAdded: .countryRemoved
        case .countryRemoved: .countryAdded
        default: self
        }
    }

    /// The one mapping of kinds to the category a summary groups them under.
    public var category: ChangeCategory {
        switch self {
        case .tier: .tier
        case .effort: .effort
        case .verdict: .verdict
        case .sectionAdded, .sectionRemoved: .section
        case .sentenceAdded, .sentenceRemoved, .sentenceModified, .sentenceMoved: .sentence
        case .term: .term
        case .statisticChanged, .statisticAdded, .statisticRemoved, .statisticRevised, .statisticRedefined: .statistic
        case .formatOnly: .format
        case .recommendationAdded, .recommendationRemoved, .recommendationReworded: .recommendation
        case .countryAdded, .countryRemoved: .country
        }
    }
}
