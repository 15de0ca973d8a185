import TIPModel
import TIPSupport

/// Notes files' placements as CSV: one row per note, where it landed and how surely.
public enum NoteReportCSV {
    public static func render(_ reports: [NoteReport]) -> String {
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
