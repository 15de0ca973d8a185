import TIPModel

/// A change as one flat row, the shape of the diff's JSON and CSV: every field a change of any kind may have.
public struct ChangeRecord: Sendable, Hashable, Encodable {
    public var id: String
    public var kind: ChangeKind
    /// The country, when diffing year folders.
    public var country: String?
    public var section: SectionKind?
    /// Sentence index in the section of OLD (for recommendations: the item's index).
    public var oldIndex: Int?
    /// Sentence index in the section of NEW.
    public var newIndex: Int?
    /// How many consecutive sentences a change carries (a moved paragraph is one change).
    public var length: Int?
    public var oldRange: TextRange?
    public var newRange: TextRange?
    public var old: String?
    public var new: String?
    public var oldValue: Double?
    public var newValue: Double?
    public var delta: Double?
    /// For ranges: the upper ends and how far the upper end moved ("seven to 25 years" → "seven to 34 years").
    public var oldUpper: Double?
    public var newUpper: Double?
    public var upperDelta: Double?
    /// Percent change from the old value (`nil` when the old value is 0).
    public var percentChange: Double?
    /// The statistic key, for statistic changes.
    public var key: String?
    /// For statistics: the reference period, old side then new ("in 2022", "calendar year 2023").
    public var oldPeriod: String?
    public var newPeriod: String?
    /// For statistics: whether the figure is an earlier period's, given for comparison.
    public var prior: Bool?
    /// For tier changes: upgrade, downgrade, unchanged or changed.
    public var movement: String?
    /// For term changes: in how many places the replacement was made.
    public var count: Int?
    /// Word-level edits, for modified sentences and reworded recommendations.
    public var edits: [WordEdit]?
    /// The section of OLD, for a sentence moved between sections.
    public var oldSection: SectionKind?

    public init(id: String, kind: ChangeKind, country: String? = nil) {
        self.id = id
        self.kind = kind
        self.country = country
    }
}
