import Foundation
import TIPModel

/// Notes files' placements as text for a terminal: per file, a line per note (its state, id and where it
/// landed, or why it did not), then the counts of each state.
public enum NoteReportText {
    public static func render(_ reports: [NoteReport]) -> String { reports.map { render($0) }.joined(separator: "\n\n") }

    public static func render(_ report: NoteReport) -> String {
        var lines = ["\(report.file) on \(report.edition)"]
        for note in report.notes {
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
        let counts = Dictionary(grouping: report.notes, by: \.state.rawValue).map { "\($0.value.count) \($0.key)" }.sorted()
        lines.append("summary: " + (counts.isEmpty ? "no notes" : counts.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }
}
