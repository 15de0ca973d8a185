import TIPSupport

/// Numbers in running text reduced to their values, so that "1,818" and "1818", "seven" and "7" compare equal.
public enum NumberText {
    /// `text` with every number written as plain digits ("seven" → "7", "1,818" → "1818", "1.2 million" → "1200000").
    public static func normalized(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return normalized(Tokenizer.tokens(scalars, range: 0..<scalars.count))
    }

    /// `normalized(_:)` with the words read through `interner`, so that each distinct word is made a string
    /// once for all the sentences it serves.
    public static func normalized(_ text: String, interner: inout TokenInterner) -> String {
        let scalars = Array(text.unicodeScalars)
        return normalized(Tokenizer.tokens(scalars, range: 0..<scalars.count, interner: &interner))
    }

    private static func normalized(_ tokens: [Token]) -> String {
        var pieces: [String] = []
        var i = 0
        while i < tokens.count {
            if let number = NumberReader.read(tokens, at: i), !(tokens[i].folded == "one" && number.end == i + 1) {
                pieces.append(Statistic.format(number.value))
                i = number.end
            } else {
                pieces.append(tokens[i].folded)
                i += 1
            }
        }
        return pieces.joined(separator: " ")
    }

    /// The value of a token sequence that is one number ("1,818", "seven", "$4.9 billion"), if it is one.
    public static func value(of text: String) -> Double? {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, range: 0..<scalars.count).filter { !["$", "€", "£"].contains($0.text) }
        guard !tokens.isEmpty, let number = NumberReader.read(tokens, at: 0), number.end == tokens.count else { return nil }
        return number.value
    }
}
