/// Separates the glyphs that run across the page, as the body does, from those that run up or down it
/// (rotated text): visible glyphs in a row, each sitting right above or below the one before, in the same
/// column (their boxes overlap across by half the narrower width and touch up and down, as the glyphs of a
/// line touch along it; lines of the body lie a leading apart) make a vertical run. Runs on one vertical line
/// with no more than a glyph's size between them are the words of one text (a side tab's "ANTIGUA AND BARBUDA",
/// "OF" and "THE" among them); a text of three visible glyphs at least is vertical, and so is every glyph of it,
/// spaces between them included.
public enum ReadingDirection {
    /// The glyphs in the reading direction, in their order, and the vertical texts, one per text.
    public static func split(_ glyphs: [PDFGlyph], page: Int) -> (across: [PDFGlyph], aside: [AsideText]) {
        let visible = glyphs.indices.filter { !LineAssembler.isSpace(glyphs[$0].scalar) && !isLineEnd(glyphs[$0].scalar) }
        // Runs of stacked glyphs as ranges of `glyphs`, with how many visible glyphs each holds.
        var found: [Run] = []
        for (a, b) in zip(visible, visible.dropFirst()) where stacked(glyphs[a], glyphs[b]) {
            if let last = found.last, last.range.upperBound == a {
                found[found.count - 1].extend(to: b, glyphs: glyphs)
            } else {
                found.append(Run(range: a...b, visible: 2, glyphs: glyphs))
            }
        }
        let texts = words(of: found).filter { $0.reduce(0) { $0 + $1.visible } >= 3 }
        guard !texts.isEmpty else { return (glyphs, []) }
        var vertical = [Bool](repeating: false, count: glyphs.count)
        var aside: [AsideText] = []
        for text in texts {
            var said = String.UnicodeScalarView()
            for run in text {
                if !said.isEmpty { said.append(" ") }
                for index in run.range {
                    vertical[index] = true
                    let scalar = glyphs[index].scalar
                    said.append(isLineEnd(scalar) || LineAssembler.isSpace(scalar) ? " " : scalar)
                }
            }
            aside.append(AsideText(page: page, text: String(said).split(separator: " ").joined(separator: " ")))
            // The spaces and line ends poppler gives right after each word, where they lie on the text's line
            // (each glyph looked at once, from the run before it).
            let (left, right, size) = (text[0].left, text[0].right, text[0].size)
            for run in text {
                var index = run.range.upperBound + 1
                while index < glyphs.count, LineAssembler.isSpace(glyphs[index].scalar) || isLineEnd(glyphs[index].scalar) {
                    let glyph = glyphs[index]
                    guard min(glyph.x0, glyph.x1) >= left - 0.1 * size, max(glyph.x0, glyph.x1) <= right + 0.1 * size else { break }
                    vertical[index] = true
                    index += 1
                }
            }
        }
        let across = glyphs.indices.filter { !vertical[$0] }.map { glyphs[$0] }
        return (across, aside)
    }

    /// A run of stacked glyphs: where it lies across the page and up and down it, and which way it reads.
    struct Run {
        var range: ClosedRange<Int>
        var visible: Int
        var left: Float
        var right: Float
        var top: Float
        var bottom: Float
        var size: Float
        /// Whether it reads up the page (text turned a quarter anticlockwise, as side tabs are).
        var readsUpward: Bool

        init(range: ClosedRange<Int>, visible: Int, glyphs: [PDFGlyph]) {
            let first = glyphs[range.lowerBound]
            let last = glyphs[range.upperBound]
            (self.range, self.visible) = (range, visible)
            (left, right) = (min(first.x0, last.x0), max(first.x1, last.x1))
            (top, bottom) = (min(first.y0, last.y0), max(first.y1, last.y1))
            size = max(first.size, last.size, 1)
            readsUpward = last.y1 < first.y1
        }

        mutating func extend(to end: Int, glyphs: [PDFGlyph]) {
            let glyph = glyphs[end]
            range = range.lowerBound...end
            visible += 1
            (left, right) = (min(left, glyph.x0), max(right, glyph.x1))
            (top, bottom) = (min(top, glyph.y0), max(bottom, glyph.y1))
        }
    }

    /// The runs grouped into texts: runs on one vertical line (the same edges across, within a tenth of their
    /// size) with at most their size between them, each text's runs in its reading order, the texts in the
    /// order poppler gives them. Sorting first keeps it to n log n in the number of runs.
    static func words(of runs: [Run]) -> [[Run]] {
        let byLine = runs.sorted { ($0.left, $0.top) < ($1.left, $1.top) }
        var texts: [[Run]] = []
        var line: [Run] = []
        func closeLine() {
            guard !line.isEmpty else { return }
            var group: [Run] = []
            for run in line.sorted(by: { $0.top < $1.top }) {
                if let previous = group.last, run.top - previous.bottom > max(run.size, previous.size) {
                    texts.append(group)
                    group = []
                }
                group.append(run)
            }
            texts.append(group)
            line = []
        }
        for run in byLine {
            if let first = line.first, abs(run.left - first.left) > 0.1 * first.size || abs(run.right - first.right) > 0.1 * first.size {
                closeLine()
            }
            line.append(run)
        }
        closeLine()
        // Up and down the page is top to bottom here; text that reads upward is read from its foot.
        // Texts in the order their glyphs come.
        return texts.map { text in text.first!.readsUpward ? text.reversed() : text }
            .sorted { $0.map(\.range.lowerBound).min()! < $1.map(\.range.lowerBound).min()! }
    }

    /// Whether `next` sits directly above or below `last`, in its column.
    static func stacked(_ last: PDFGlyph, _ next: PDFGlyph) -> Bool {
        let across = min(last.x1, next.x1) - max(last.x0, next.x0)
        let width = min(last.x1 - last.x0, next.x1 - next.x0)
        let down = min(last.y1, next.y1) - max(last.y0, next.y0)
        let height = min(last.y1 - last.y0, next.y1 - next.y0)
        let gap = max(next.y0 - last.y1, last.y0 - next.y1)
        let size = max(last.size, next.size, 1)
        guard width > 0, height > 0, across >= 0.5 * width, down <= 0.3 * height else { return false }
        // Turned glyphs of one font share their extent across (the font's height), whatever their letters;
        // between them a letter-spaced tab leaves a little room, as a tracked line does along it.
        let turned = abs(last.x0 - next.x0) <= 0.02 * size && abs(last.x1 - next.x1) <= 0.02 * size && width >= 0.5 * size
        return gap <= (turned ? 0.3 : 0.1) * size
    }

    private static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
}
