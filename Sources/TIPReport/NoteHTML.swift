/// A note's Markdown as HTML that is safe to put in the page: the note's own HTML is escaped before Ink
/// renders the Markdown (so `<script>` shows as text), and links keep only web, mail and in-page targets.
import Ink
import TIPModel

public enum NoteHTML {
    public static func render(_ markdown: String) -> String {
        let escaped = HTMLEscaping.escaped(markdown, quotes: false)
        return safeLinks(MarkdownParser().html(from: escaped))
    }

    /// `href` and `src` values other than http(s), mailto and "#..." become "#".
    static func safeLinks(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let found = rest.range(of: "href=\"") ?? rest.range(of: "src=\"") {
            out += rest[..<found.upperBound]
            rest = rest[found.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let target = rest[..<end].lowercased()
            let allowed = ["http://", "https://", "mailto:", "#"].contains { target.hasPrefix($0) }
            out += allowed ? rest[..<end] : "#"
            rest = rest[end...]
        }
        return out + rest
    }
}
