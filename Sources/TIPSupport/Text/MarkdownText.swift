import Foundation

/// User text made safe to put into Markdown: metacharacters and HTML escaped, control characters dropped.
public enum MarkdownText {
    /// One line of text as literal Markdown: `\ ` * _ [ ] < > |` escaped with a backslash, line breaks
    /// folded to spaces, and other control characters (ESC among them) removed.
    public static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        // Lines joined by one space, blank lines and a final line break dropped.
        let joined = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).joined(separator: " ")
        for scalar in joined.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|":
                out.append("\\")
                out.append(scalar)
            case "\n", "\r", "\t":
                out.append(" ")
            default:
                if scalar.isControl { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Several paragraphs (blank-line separated) and list items ("- ", "* ") of user text as Markdown under a
    /// list item: the first paragraph on the item's line, the rest indented by `indent`, every piece escaped.
    public static func block(_ text: String, indent: String = "  ") -> String {
        let paragraphs = text.components(separatedBy: "\n").split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        var out: [String] = []
        for (number, paragraph) in paragraphs.enumerated() {
            var lines: [String] = []
            var running: [String] = []
            func flush() {
                if !running.isEmpty { lines.append(escaped(running.joined(separator: " "))) }
                running = []
            }
            for line in paragraph {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                    flush()
                    lines.append("- " + escaped(String(trimmed.dropFirst(2))))
                } else {
                    running.append(trimmed)
                }
            }
            flush()
            let first = number == 0
            out.append(lines.enumerated().map { offset, line in first && offset == 0 ? line : indent + line }.joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n")
    }
}
