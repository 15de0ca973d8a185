import Ink
import TIPModel
import TIPSupport
import TIPXML

/// A note's Markdown as HTML that is safe to put in the page: the note's own HTML is escaped before Ink
/// renders the Markdown (so `<script>` shows as text), and Ink's output is rebuilt from an allow-list of
/// elements, attributes and link schemes (`SafeHTML`), so no markup reaches the page that we did not write.
public enum NoteHTML {
    public static func render(_ markdown: String) -> String {
        let escaped = HTMLEscaping.escaped(markdown, quotes: false)
        return SafeHTML.sanitized(MarkdownParser().html(from: escaped))
    }
}
