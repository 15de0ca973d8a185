/// Separates the glyphs that run across the page, as the body does, from those that run up or down it
/// (rotated text): visible glyphs in a row, three at least, each sitting right above or below the one before,
/// in the same column (their boxes overlap across by half the narrower width and touch up and down, as the
/// glyphs of a line touch along it; lines of the body lie a leading apart) are vertical text, and so is every
/// glyph of such a run, spaces between them included.
public enum ReadingDirection {
    /// The glyphs in the reading direction, in their order, and the vertical runs as text, one per run.
    public static func split(_ glyphs: [PDFGlyph], page: Int) -> (across: [PDFGlyph], aside: [AsideText]) {
        let visible = glyphs.indices.filter { !LineAssembler.isSpace(glyphs[$0].scalar) && !isLineEnd(glyphs[$0].scalar) }
        var vertical = [Bool](repeating: false, count: glyphs.count)
        // Runs of vertical glyphs as ranges of `glyphs`, with how many visible glyphs each holds.
        var found: [(range: ClosedRange<Int>, visible: Int)] = []
        for (a, b) in zip(visible, visible.dropFirst()) where stacked(glyphs[a], glyphs[b]) {
            if let last = found.last, last.range.upperBound == a {
                found[found.count - 1] = (last.range.lowerBound...b, last.visible + 1)
            } else {
                found.append((a...b, 2))
            }
        }
        let runs = found.filter { $0.visible >= 3 }.map(\.range)
        guard !runs.isEmpty else { return (glyphs, []) }
        var aside: [AsideText] = []
        for run in runs {
            var text = String.UnicodeScalarView()
            for index in run {
                vertical[index] = true
                let scalar = glyphs[index].scalar
                text.append(isLineEnd(scalar) || LineAssembler.isSpace(scalar) ? " " : scalar)
            }
            aside.append(AsideText(page: page, text: String(text).trimmingSpaces))
        }
        let across = glyphs.indices.filter { !vertical[$0] }.map { glyphs[$0] }
        return (across, aside)
    }

    /// Whether `next` sits directly above or below `last`, in its column.
    static func stacked(_ last: PDFGlyph, _ next: PDFGlyph) -> Bool {
        let across = min(last.x1, next.x1) - max(last.x0, next.x0)
        let width = min(last.x1 - last.x0, next.x1 - next.x0)
        let down = min(last.y1, next.y1) - max(last.y0, next.y0)
        let height = min(last.y1 - last.y0, next.y1 - next.y0)
        let gap = max(next.y0 - last.y1, last.y0 - next.y1)
        let size = max(last.size, next.size, 1)
        return width > 0 && height > 0 && across >= 0.5 * width && down <= 0.3 * height && gap <= 0.1 * size
    }

    private static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
}
