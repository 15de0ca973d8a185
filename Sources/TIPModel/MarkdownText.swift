/// User text made safe to put into Markdown: metacharacters and HTML escaped, control characters dropped.
public enum MarkdownText {
    /// One line of text as literal Markdown: `\ ` * _ [ ] < > |` escaped with a backslash, line breaks
    /// folded to spaces, and other control characters (ESC among them) removed.
    public static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
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
