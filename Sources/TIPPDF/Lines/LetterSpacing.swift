/// Letter-spaced lines read as words ("T R A F F I C K I N G  I N" is "TRAFFICKING IN"): a line is
/// letter-spaced when most of what spaces separate in it are single characters (four at least); its words
/// are then found from the line's own gaps, a gap between glyphs wider than half as much again as the
/// line's usual gap (the gap between letters of a word) ending a word.
public enum LetterSpacing {
    /// Whether `text`'s words are mostly single characters.
    public static func isSpaced(_ text: String) -> Bool {
        let tokens = text.split(separator: " ")
        let single = tokens.filter { $0.count == 1 }.count
        return single >= 4 && single * 3 >= tokens.count * 2
    }

    /// The words of a letter-spaced line from its visible glyphs, left to right.
    public static func words(_ glyphs: [PDFGlyph]) -> String {
        let ordered = glyphs.sorted { $0.x0 < $1.x0 }
        let gaps = zip(ordered, ordered.dropFirst()).map { max(0, $1.x0 - $0.x1) }.sorted()
        guard !gaps.isEmpty else { return String(String.UnicodeScalarView(ordered.map(\.scalar))) }
        // The median gap is a gap between letters: a word has more letters than a line has words.
        let letterGap = gaps[gaps.count / 2]
        let size = ordered.map(\.size).max() ?? 1
        let wordGap = max(1.5 * letterGap, letterGap + 0.1 * size)
        var out = String.UnicodeScalarView()
        for (index, glyph) in ordered.enumerated() {
            if index > 0, glyph.x0 - ordered[index - 1].x1 > wordGap { out.append(" ") }
            out.append(glyph.scalar)
        }
        return String(out)
    }
}
