/// The diff as JSON: summary counts by kind, the compared editions, and every change as a flat row.
import TIPModel

public struct DiffDocument: Encodable, Sendable {
    public struct Side: Encodable, Sendable {
        public var country: String
        public var old: EditionSource
        public var new: EditionSource
        public var oldYear: Int?
        public var newYear: Int?
    }

    public var summary: [String: Int]
    public var editions: [Side]
    public var changes: [ChangeRecord]

    public init(_ comparison: Comparison) {
        changes = ChangeRecords.of(comparison)
        summary = Dictionary(uniqueKeysWithValues: comparison.summary.map { ($0.kind.rawValue, $0.count) })
        editions = comparison.countries.map {
            Side(country: $0.country, old: $0.old.edition.source, new: $0.new.edition.source, oldYear: $0.oldYear, newYear: $0.newYear)
        }
    }
}

/// Every change of a comparison as a flat row carrying its country, in document order.
public struct ChangeRecords: ChangeWalker {
    private var rows: [ChangeRecord] = []
    private var country: String?

    public static func of(_ comparison: Comparison) -> [ChangeRecord] {
        var walker = ChangeRecords()
        walker.visit(comparison)
        return walker.rows
    }

    public mutating func visit(_ country: CountryComparison) {
        self.country = country.country
        descend(into: country)
    }

    public mutating func visit(_ change: Change) { rows.append(change.record(country: country)) }
}
