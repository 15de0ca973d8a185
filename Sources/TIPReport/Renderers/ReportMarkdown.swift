import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPSupport
import TIPXML

/// The change summary for an e-mail or an issue: headline facts first, then the notes.
public enum ReportMarkdown {
    public static func render(_ report: Report) -> String {
        var out = DiffMarkdown.render(report.comparison)
        let placed = report.placedNotes
        guard !placed.isEmpty || !report.orphaned.isEmpty else { return out }
        out += "\n## Notes\n\n"
        for note in placed {
            out += "- " + line(note) + "\n"
        }
        if !report.orphaned.isEmpty {
            out += "\n### Orphaned notes\n\n"
            for note in report.orphaned {
                out += "- " + line(note) + (note.resolution.reason.map { " — *\(MarkdownText.escaped($0))*" } ?? "") + "\n"
            }
        }
        return out
    }

    private static func line(_ placed: PlacedNote) -> String {
        let r = placed.resolution
        var place = [r.section?.rawValue, r.sentence.map { "sentence \($0)" }, r.key.map { "`\($0)`" }, r.change.map { "`\($0)`" }]
            .compactMap { $0 }.joined(separator: ", ")
        if place.isEmpty { place = placed.note.anchor.kind }
        return "**\(MarkdownText.escaped(placed.note.id))** (\(r.state.rawValue); \(place)): \(MarkdownText.block(placed.note.text))"
    }
}
