import TIPSupport

/// The comparison chart as CSV through the project's one CSV writer: a row per change, each side's citation in
/// columns of its own.
public enum ChartCSV {
    public static let header = [
        "country", "section", "old_text", "new_text", "change", "notes", "old_file", "old_sha256", "old_position", "new_file",
        "new_sha256", "new_position",
    ]

    public static func render(_ chart: ComparisonChart) -> String {
        var table = CSVTable(header: header)
        for row in chart.rows {
            table.append(
                [
                    row.country, row.section, row.old, row.new, row.kind, row.notes.joined(separator: "\n"),
                    row.oldPlace?.file ?? "", row.oldPlace?.sha256 ?? "", row.oldPlace?.position ?? "",
                    row.newPlace?.file ?? "", row.newPlace?.sha256 ?? "", row.newPlace?.position ?? "",
                ])
        }
        return table.text
    }
}
