import TIPXML

/// The comparison chart as a Word document: one landscape table, its header repeated on every page, each row's
/// "where" cell citing both editions (file, SHA-256, section, sentence).
public enum ChartDocx {
    public static func bytes(_ chart: ComparisonChart, tool: String) throws(XMLFailure) -> [UInt8] {
        let markup = try WordMarkup()
        try markup.startDocument()
        let title = "Comparison chart: TIP report \(chart.years.old) → \(chart.years.new)"
        try markup.paragraph(title, style: "Title")
        try markup.paragraph("One row per change, as \(tool) found it; each text cited by its edition's file and SHA-256.")
        let rows = chart.rows.map { row in
            [
                "\(row.country): \(row.section)", row.old.isEmpty ? "—" : row.old, row.new.isEmpty ? "—" : row.new, row.kind,
                row.notes.isEmpty ? "—" : row.notes.joined(separator: "\n"),
                [row.oldPlace.map { "\(chart.years.old): " + $0.citation }, row.newPlace.map { "\(chart.years.new): " + $0.citation }]
                    .compactMap { $0 }.joined(separator: "\n"),
            ]
        }
        try markup.table(
            header: ["Section", chart.years.old, chart.years.new, "Change", "Reviewers' notes", "Where"], rows: rows,
            widths: [1500, 3500, 3500, 1400, 2200, 2470])
        let document = try markup.finishDocument(landscape: true)
        let properties = WordProperties(
            title: title, subject: "Trafficking in Persons report: changes between editions", creator: tool,
            keywords: "TIP report, \(chart.years.old), \(chart.years.new)",
            description: Set(
                chart.rows.flatMap { [$0.oldPlace, $0.newPlace] }.compactMap { $0.map { "\($0.file) (sha256 \($0.sha256))" } }
            )
            .sorted().joined(separator: "; "),
            created: chart.years.new.count == 4 ? "\(chart.years.new)-01-01T00:00:00Z" : "1980-01-01T00:00:00Z")
        return try WordPackage(document: document, comments: [], properties: properties).bytes()
    }
}
