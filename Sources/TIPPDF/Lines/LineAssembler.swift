import TIPSupport

/// Puts a page's glyphs together into runs of text by their geometry: a new run where poppler ends a line,
/// where the next glyph does not sit on the same baseline band, where it jumps back, or where a gap wider
/// than a word space opens (a column's gutter may lie there; `ReadingOrder` joins the runs of one column's
/// line again). Footnote markers, figures set smaller and raised above the line, are taken out; glyphs
/// printed twice over (`Overprint`) are read once, and letter-spaced runs are read as words (`LetterSpacing`).
public enum LineAssembler {
    public static func lines(of page: PDFPage) -> [PDFLine] {
        var once = page
        once.glyphs = Overprint.removed(from: page.glyphs).glyphs
        return lines(ofReadOnce: once)
    }

    /// The same for a page whose overprinted glyphs are read once already (`PDFPages` counts them as it does).
    static func lines(ofReadOnce page: PDFPage) -> [PDFLine] {
        var lines: [PDFLine] = []
        var current: [PDFGlyph] = []
        let faces = Faces(bold: page.boldFonts, italic: page.italicFonts, family: page.fonts.map(FontFace.family))
        func flush() {
            if let line = line(current, page: page.number, faces: faces) { lines.append(line) }
            current.removeAll(keepingCapacity: true)
        }
        // Poppler's lines one at a time: a letter-spaced one is one run whatever its gaps (its words are found
        // in `line`), another is cut into runs where its geometry says.
        var popplerLine: [PDFGlyph] = []
        func endPopplerLine() {
            if LetterSpacing.isSpaced(
                String(String.UnicodeScalarView(popplerLine.map { isSpace($0.scalar) ? " " : $0.scalar })).trimmingSpaces)
            {
                current = popplerLine
            } else {
                for glyph in popplerLine {
                    if let last = current.last(where: { $0.scalar != " " }), !continues(last, with: glyph) { flush() }
                    current.append(glyph)
                }
            }
            flush()
            popplerLine.removeAll(keepingCapacity: true)
        }
        for glyph in page.glyphs {
            if glyph.scalar == "\n" || glyph.scalar == "\r" {
                endPopplerLine()
            } else {
                popplerLine.append(glyph)
            }
        }
        endPopplerLine()
        return lines
    }

    /// Whether `next` follows `last` on the same line.
    static func continues(_ last: PDFGlyph, with next: PDFGlyph) -> Bool {
        if next.scalar == " " { return true }
        let overlap = min(last.y1, next.y1) - max(last.y0, next.y0)
        let height = max(1, min(last.y1 - last.y0, next.y1 - next.y0))
        let size = max(last.size, next.size, 1)
        return overlap >= 0.3 * height && next.x0 >= last.x1 - 0.5 * size && next.x0 - last.x1 <= 0.8 * size
    }

    /// The page's fonts by index: bold, italic, and their families.
    struct Faces {
        var bold: [Bool]
        var italic: [Bool]
        var family: [String]
    }

    private static func line(_ glyphs: [PDFGlyph], page: Int, faces: Faces) -> PDFLine? {
        let visible = glyphs.filter { !isSpace($0.scalar) }
        guard !visible.isEmpty else { return nil }
        // The line's own size: the size most of its visible characters have (few sizes to a line).
        var counts: [(size: Float, count: Int)] = []
        for glyph in visible {
            if let index = counts.firstIndex(where: { $0.size == glyph.size }) {
                counts[index].count += 1
            } else {
                counts.append((glyph.size, 1))
            }
        }
        let size = counts.max { ($0.count, $1.size) < ($1.count, $0.size) }!.size
        let body = visible.filter { $0.size == size }
        let baseline = body.map(\.y1).max() ?? 0
        var kept = String.UnicodeScalarView()
        var keptGlyphs: [PDFGlyph] = []
        var markers = 0
        var bold = 0
        var italic = 0
        var letters = 0
        var lettersByFont: [UInt16: Int] = [:]
        var previousWasMarker = false
        for glyph in glyphs {
            let raised = glyph.size < 0.8 * size && glyph.y1 < baseline - 0.15 * size
            if raised && isMarker(glyph.scalar) {
                if !previousWasMarker { markers += 1 }
                previousWasMarker = true
                continue
            }
            previousWasMarker = false
            if isLetter(glyph.scalar) {
                letters += 1
                let font = Int(glyph.font)
                if font < faces.bold.count {
                    if faces.bold[font] { bold += 1 }
                    if faces.italic[font] { italic += 1 }
                    lettersByFont[glyph.font, default: 0] += 1
                }
            }
            kept.append(isSpace(glyph.scalar) ? " " : glyph.scalar)
            if !isSpace(glyph.scalar) { keptGlyphs.append(glyph) }
        }
        var text = String(kept).trimmingSpaces
        if LetterSpacing.isSpaced(text) { text = LetterSpacing.words(keptGlyphs) }
        guard !text.isEmpty else { return nil }
        var line = PDFLine(
            text: text, page: page, x0: visible.map(\.x0).min()!, x1: visible.map(\.x1).max()!,
            top: body.map(\.y0).min() ?? visible.map(\.y0).min()!, bottom: baseline, size: size, isBold: letters > 0 && bold * 2 > letters)
        line.markersRemoved = markers
        // Nearly all: a caption is italic throughout, a body line with a law's title in italics is not.
        line.isItalic = letters > 0 && italic * 10 >= letters * 9
        if let font = lettersByFont.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key { line.family = faces.family[Int(font)] }
        if let first = text.unicodeScalars.first, bullets.contains(first) {
            line.hangingX = visible.dropFirst().first?.x0
        }
        return line
    }

    /// Spaces of any width, quickly for ASCII.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == " " || scalar == "\t" : scalar.properties.isWhitespace
    }

    /// Letters, quickly for ASCII.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    /// What list items start with.
    static let bullets: Set<Unicode.Scalar> = ["•", "▪", "◦", "●", "■"]

    /// Figures and the usual note signs.
    private static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || "*†‡§".unicodeScalars.contains(scalar) || ("a"..."z").contains(scalar)
    }
}

extension String {
    /// Without leading or trailing spaces, and with runs of spaces as one.
    var trimmingSpaces: String {
        var out = ""
        var space = false
        for character in self {
            if character == " " {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(character)
            }
        }
        return out
    }
}
