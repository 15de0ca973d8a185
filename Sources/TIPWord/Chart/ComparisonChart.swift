import TIPAnnotations
import TIPDiff
import TIPReport

/// The comparison chart to cite: one row per change a person would quote, in the report's order (tier and
/// effort first, then each section's items), with the notes the report placed on each.
public struct ComparisonChart: Sendable {
    public var rows: [ChartRow]
    /// The comparison's years, for headings ("2024", "2025").
    public var years: (old: String, new: String)

    public init(_ report: Report) {
        var rows: [ChartRow] = []
        for part in report.countries {
            var visitor = ChartRows(country: part.comparison)
            let headline: [Change] = [part.comparison.tier.map(Change.tier), part.comparison.effort.map(Change.effort)].compactMap { $0 }
            for (index, change) in headline.enumerated() {
                guard var row = visitor.visit(change) else { continue }
                if index == 0 { row.notes = part.tierNotes.map(Self.describe) }
                rows.append(row)
            }
            for section in part.sections {
                for item in section.items {
                    guard let change = item.change, var row = visitor.visit(change) else { continue }
                    row.notes = item.notes.map(Self.describe)
                    rows.append(row)
                }
            }
        }
        self.rows = rows
        let first = report.comparison.countries.first
        years = (first?.oldYear.map(String.init) ?? "old", first?.newYear.map(String.init) ?? "new")
    }

    /// "Ana Ruiz, 2025-07-01 (resolved; tags: figures): the text"
    static func describe(_ placed: PlacedNote) -> String {
        let note = placed.note
        var about = [note.status.rawValue]
        if !note.tags.isEmpty { about.append("tags: " + note.tags.joined(separator: ", ")) }
        let who = [note.author, note.date].compactMap { $0 }.joined(separator: ", ")
        return "\(who.isEmpty ? "reviewer" : who) (\(about.joined(separator: "; "))): \(note.text)"
    }
}
