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
                if scalar.properties.generalCategory == .control { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }
}
