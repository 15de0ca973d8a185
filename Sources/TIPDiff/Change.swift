/// One change between two editions, with where it is in each and a stable id derived from its content.
import TIPModel

public struct Change: Sendable, Hashable, Codable {
    /// What changed.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case tier
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
        case formatOnly = "format-only"
        case recommendationAdded = "recommendation-added"
        case recommendationRemoved = "recommendation-removed"
        case recommendationReworded = "recommendation-reworded"
        case countryAdded = "country-added"
        case countryRemoved = "country-removed"

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }

        /// The kind with added and removed (old and new) exchanged.
        public var reversed: Kind {
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
    }

    /// Stable across runs: derived from the kind, the section and the old and new content.
    public var id: String
    public var kind: Kind
    /// The country, when diffing year folders.
    public var country: String?
    public var section: SectionKind?
    /// Sentence index in the section of OLD (for recommendations: the item's index).
    public var oldIndex: Int?
    /// Sentence index in the section of NEW.
    public var newIndex: Int?
    /// How many consecutive sentences a move carries (a moved paragraph is one change).
    public var length: Int?
    public var oldRange: TextRange?
    public var newRange: TextRange?
    public var old: String?
    public var new: String?
    public var oldValue: Double?
    public var newValue: Double?
    public var delta: Double?
    /// Percent change from the old value (`nil` when the old value is 0).
    public var percentChange: Double?
    /// The statistic key, for statistic and format-only changes.
    public var key: String?
    /// For statistics: the reference period, old side then new ("in 2022", "calendar year 2023").
    public var oldPeriod: String?
    public var newPeriod: String?
    /// For statistics: whether the figure is an earlier period's, given for comparison.
    public var prior: Bool?
    /// For tier changes: upgrade, downgrade or unchanged.
    public var movement: String?
    /// For term changes: in how many places the replacement was made.
    public var count: Int?
    /// Word-level edits, for modified sentences and reworded recommendations.
    public var edits: [WordEdit]?
    /// Sections of OLD and NEW for a sentence moved between sections.
    public var oldSection: SectionKind?

    public init(kind: Kind, section: SectionKind? = nil) {
        self.id = ""
        self.kind = kind
        self.section = section
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, country, section, oldIndex, newIndex, length, oldRange, newRange, old, new, oldValue, newValue,
            delta, percentChange, key, oldPeriod, newPeriod, prior, movement, count, edits, oldSection
    }
}

/// One piece of a word-level diff.
public struct WordEdit: Sendable, Hashable, Codable {
    public enum Operation: String, Sendable, Hashable, Codable { case equal, insert, delete }
    public var op: Operation
    public var text: String

    public init(_ op: Operation, _ text: String) {
        self.op = op
        self.text = text
    }
}

extension Change {
    /// The id: a short kind prefix and the first 12 hex digits of SHA-256 over the content.
    static func identifier(kind: Kind, country: String, section: SectionKind?, old: String?, new: String?, key: String?) -> String {
        let content = [kind.rawValue, CountryKey.of(country), section?.rawValue ?? "", old ?? "", new ?? "", key ?? ""]
            .joined(separator: "\u{1F}")
        return kind.rawValue + "-" + String(SHA256.hex(of: Array(content.utf8)).prefix(12))
    }
}
