/// Every change of a comparison as a flat row carrying its country, in document order.
import TIPModel

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
