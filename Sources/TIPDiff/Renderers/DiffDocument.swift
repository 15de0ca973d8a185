import TIPModel

/// The diff as JSON: summary counts by kind, the compared editions, and every change as a flat row.
public struct DiffDocument: Encodable, Sendable {
    public struct Side: Encodable, Sendable {
        public var country: String
        public var old: EditionSource
        public var new: EditionSource
        public var oldYear: Int?
        public var newYear: Int?
    }

    /// A figure the later edition restates for a period the earlier one reported, with the same value: no change.
    public struct Restated: Encodable, Sendable {
        public var country: String
        public var section: SectionKind
        public var key: String
        public var period: String?
        public var value: Double
        public var upper: Double?
        public var old: String
        public var new: String
        public var oldRange: TextRange
        public var newRange: TextRange
    }

    public var summary: [String: Int]
    public var editions: [Side]
    public var changes: [ChangeRecord]
    /// Figures restated unchanged, kept apart from the changes.
    public var restated: [Restated]

    public init(_ comparison: Comparison) {
        changes = ChangeRecords.of(comparison)
        restated = comparison.countries.flatMap { country in
            country.restated.compactMap { figure -> Restated? in
                guard let old = figure.old, let new = figure.new else { return nil }
                return Restated(
                    country: country.country, section: figure.section, key: figure.key, period: new.resolvedPeriod,
                    value: new.value, upper: new.upper, old: old.text, new: new.text, oldRange: old.range, newRange: new.range)
            }
        }
        summary = Dictionary(uniqueKeysWithValues: comparison.summary.map { ($0.kind.rawValue, $0.count) })
        editions = comparison.countries.map {
            Side(country: $0.country, old: $0.old.edition.source, new: $0.new.edition.source, oldYear: $0.oldYear, newYear: $0.newYear)
        }
    }
}
