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
