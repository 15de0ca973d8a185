import TIPModel
import TIPStatistics
import TIPSupport

/// The diff as CSV (RFC 4180, formula-guarded): one row per change, for spreadsheets and scripts.
public enum ChangesCSV {
    public static let header = [
        "id", "kind", "category", "country", "section", "old_section", "old_index", "new_index", "length", "key", "old", "new",
        "old_value", "new_value", "delta", "percent", "old_upper", "new_upper", "upper_delta", "old_period", "new_period", "prior",
        "movement", "count", "old_start",
        "old_end", "new_start", "new_end",
    ]

    /// Every change of the comparison, in document order, CRLF line ends.
    public static func render(_ comparison: Comparison) -> String {
        var table = CSVTable(header: header)
        for record in ChangeRecords.of(comparison) { table.append(fields(record)) }
        return table.text
    }

    /// A change's fields in the order of `header`.
    public static func fields(_ r: ChangeRecord) -> [String] {
        let number = { (value: Double?) in value.map(Statistic.format) ?? "" }
        let fields: [String] = [
            r.id, r.kind.rawValue, r.kind.category.rawValue, r.country ?? "", r.section?.rawValue ?? "",
            r.oldSection?.rawValue ?? "", r.oldIndex.map(String.init) ?? "", r.newIndex.map(String.init) ?? "",
            r.length.map(String.init) ?? "", r.key ?? "", r.old ?? "", r.new ?? "", number(r.oldValue), number(r.newValue),
            number(r.delta), r.percentChange.map { Statistic.format(($0 * 10).rounded() / 10) } ?? "", number(r.oldUpper),
            number(r.newUpper), number(r.upperDelta), r.oldPeriod ?? "",
            r.newPeriod ?? "", r.prior.map { $0 ? "true" : "false" } ?? "", r.movement ?? "", r.count.map(String.init) ?? "",
            r.oldRange.map { String($0.start) } ?? "", r.oldRange.map { String($0.end) } ?? "",
            r.newRange.map { String($0.start) } ?? "", r.newRange.map { String($0.end) } ?? "",
        ]
        return fields
    }
}
