import ArgumentParser
import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPParsing
import TIPSupport

/// One file's notes as placed on an edition.
struct NoteReport: Encodable {
    var file: String
    var edition: String
    var notes: [Resolution]

    var text: String {
        var lines = ["\(file) on \(edition)"]
        for note in notes {
            var line = "  " + note.state.rawValue.padded(9) + note.id.padded(26)
            switch note.state {
            case .orphaned:
                line += note.reason ?? ""
            default:
                line += [note.section?.rawValue, note.sentence.map { "sentence \($0)" }, note.key, note.change]
                    .compactMap { $0 }.joined(separator: ", ")
                if let score = note.score, score < 1 { line += String(format: " (%.0f%% alike)", score * 100) }
                if let reason = note.reason { line += " (\(reason))" }
            }
            lines.append(line)
        }
        let counts = Dictionary(grouping: notes, by: \.state.rawValue).map { "\($0.value.count) \($0.key)" }.sorted()
        lines.append("summary: " + (counts.isEmpty ? "no notes" : counts.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    /// One row per note: where it landed and how surely.
    static func csv(_ reports: [NoteReport]) -> String {
        var rows = [["file", "edition", "id", "state", "anchor", "section", "sentence", "key", "change", "score", "reason"]]
        for report in reports {
            for note in report.notes {
                rows.append([
                    report.file, report.edition, note.id, note.state.rawValue, note.anchor, note.section?.rawValue ?? "",
                    note.sentence.map(String.init) ?? "", note.key ?? "", note.change ?? "",
                    note.score.map { String(($0 * 1000).rounded() / 1000) } ?? "", note.reason ?? "",
                ])
            }
        }
        return CSVTable(rows: rows).text
    }
}
