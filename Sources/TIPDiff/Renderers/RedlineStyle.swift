import TIPModel
import TIPSupport

/// How a redline marks deleted, inserted and moved text and headings: wdiff markers, or terminal colours.
public struct RedlineStyle: Sendable {
    var deleted: (String, String)
    var inserted: (String, String)
    var moved: (String, String)
    var heading: (String, String)

    /// wdiff-style markers: `[-deleted-]`, `{+inserted+}`.
    public static let plain = RedlineStyle(deleted: ("[-", "-]"), inserted: ("{+", "+}"), moved: ("", ""), heading: ("", ""))
    /// ANSI colours: red deletions, green insertions, yellow moves, bold headings.
    public static let colour = RedlineStyle(
        deleted: ("\u{1B}[31m[-", "-]\u{1B}[0m"), inserted: ("\u{1B}[32m{+", "+}\u{1B}[0m"),
        moved: ("\u{1B}[33m", "\u{1B}[0m"), heading: ("\u{1B}[1m", "\u{1B}[0m"))

    /// Word edits inline: equal text as is, deletions and insertions marked; white space around a
    /// marked run stays outside the markers.
    public func mark(_ edits: [WordEdit]) -> String {
        edits.map { edit in
            let before = edit.text.first?.isWhitespace == true ? " " : ""
            let after = edit.text.last?.isWhitespace == true ? " " : ""
            switch edit.op {
            case .equal: return edit.text
            case .delete: return before + deleted.0 + edit.text.trimmingSpaces + deleted.1 + after
            case .insert: return before + inserted.0 + edit.text.trimmingSpaces + inserted.1 + after
            }
        }.joined()
    }
}
