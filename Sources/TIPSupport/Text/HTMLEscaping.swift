/// Text made safe to put into HTML or XML, as element content or inside a double-quoted attribute.
public enum HTMLEscaping {
    /// `&`, `<`, `>` and (unless `quotes` is false, for element content only) `"` as entities; control
    /// characters other than tab and line breaks dropped.
    public static func escaped(_ text: String, quotes: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\t", "\n", "\r\n", "\r": out.append(character)
            default:
                if character.unicodeScalars.count == 1, character.unicodeScalars.first!.isControl {
                    continue
                }
                out.append(character)
            }
        }
        return out
    }
}
