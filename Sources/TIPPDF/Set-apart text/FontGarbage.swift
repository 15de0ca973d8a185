/// Lines of font garbage: what poppler gives for a font with no Unicode map, either glyphs it cannot name
/// (U+FFFD, private-use code points, control characters) or the font's raw codes read as ASCII, runs of
/// punctuation and digits that no word can be made of (":@90(;0,99(5205.)@@,(9"). Decided by what the line's
/// words are made of: a line is garbage when a third of its characters have no Unicode meaning, or when
/// letters are under a quarter of it and most of it is neither letters nor figures ("1,818", "($12,000)",
/// "2023-2024" are figures), in at least three different characters.
public enum FontGarbage {
    public static func isGarbage(_ text: String) -> Bool {
        var visible = 0
        var letters = 0
        var unmapped = 0
        var junk = 0
        var kinds = Set<Unicode.Scalar>()
        for token in text.split(separator: " ") {
            let figure = isFigure(token)
            for scalar in token.unicodeScalars {
                visible += 1
                if isUnmapped(scalar) {
                    unmapped += 1
                } else if LineAssembler.isLetter(scalar) {
                    letters += 1
                    continue
                }
                if !figure {
                    junk += 1
                    kinds.insert(scalar)
                }
            }
        }
        guard visible > 0 else { return false }
        if unmapped * 3 >= visible { return true }
        return visible >= 4 && letters * 4 < visible && junk * 2 > visible && kinds.count >= 3
    }

    /// No Unicode meaning: the replacement character, a private-use code point, a control character.
    static func isUnmapped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0xFFFD || (0xE000...0xF8FF).contains(value) || value >= 0xF_0000 || (value < 0x20 && scalar != "\t")
    }

    /// A figure as the body prints one: digits in groups joined by one separator (",", ".", "-", "–", "/",
    /// ":"), with a sign, a currency or an opening bracket before it and a bracket, a percent sign or a
    /// sentence's punctuation after it.
    static func isFigure(_ token: Substring) -> Bool {
        let scalars = Array(token.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, "([{$€£¥+-–−".unicodeScalars.contains(scalars[start]) { start += 1 }
        while end > start, ")]}%.,;:".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        guard start < end else { return false }
        var previousWasDigit = false
        for scalar in scalars[start..<end] {
            if ("0"..."9").contains(scalar) {
                previousWasDigit = true
            } else if previousWasDigit, ",.-–/:".unicodeScalars.contains(scalar) {
                previousWasDigit = false
            } else {
                return false
            }
        }
        return previousWasDigit
    }
}
