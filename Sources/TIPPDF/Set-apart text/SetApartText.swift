/// Text set apart from the column's flow, left out of the body: photo captions, boxes (a framed story),
/// callouts. Found by layout, not by words: a block of lines in a face other than the body's (nine in ten of
/// its letters italic, a size between small print and the body's, or another font family), not a heading,
/// with a gap wider than a paragraph's above and below it (or a column's edge: a picture, a frame or the
/// column's end lies there). A few words in italics inside a body line (a law's title) leave the line in
/// the body's face; an italic line inside a paragraph has no such gaps.
public enum SetApartText {
    /// The body's face, as the most common size and family of the text.
    public struct Body: Sendable {
        public var size: Float
        public var family: String
        /// The usual distance between the body's baselines.
        public var leading: Float

        public init(size: Float, family: String, leading: Float) { (self.size, self.family, self.leading) = (size, family, leading) }
    }

    /// `lines` (in reading order) without the set-apart blocks, the line after each block marked as
    /// following one; each block as its page and text, and how many lines went.
    public static func removed(from lines: [PDFLine], body: Body) -> (lines: [PDFLine], blocks: [AsideText], removed: Int) {
        var kept: [PDFLine] = []
        kept.reserveCapacity(lines.count)
        var blocks: [AsideText] = []
        var removed = 0
        var index = 0
        var markNext = false
        while index < lines.count {
            guard isOtherFace(lines[index], body: body) else {
                var line = lines[index]
                if markNext { line.followsSetApart = true }
                markNext = false
                kept.append(line)
                index += 1
                continue
            }
            // The block: lines in another face, one after the other at their own leading.
            var end = index + 1
            while end < lines.count, isOtherFace(lines[end], body: body), sameColumn(lines[end - 1], lines[end]),
                lines[end].bottom - lines[end - 1].bottom <= 1.5 * max(lines[end].size, lines[end - 1].size)
            {
                end += 1
            }
            let above = index == 0 || isApart(lines[index - 1], lines[index], body: body)
            let below = end == lines.count || isApart(lines[end - 1], lines[end], body: body)
            if above && below {
                removed += end - index
                blocks.append(AsideText(page: lines[index].page, text: lines[index..<end].map(\.text).joined(separator: " ")))
                markNext = true
            } else {
                for var line in lines[index..<end] {
                    if markNext { line.followsSetApart = true }
                    markNext = false
                    kept.append(line)
                }
            }
            index = end
        }
        return (kept, blocks, removed)
    }

    /// Not the body's face, nor a heading's.
    static func isOtherFace(_ line: PDFLine, body: Body) -> Bool {
        guard !line.isBold, line.size <= 1.12 * body.size else { return false }
        return line.isItalic || line.size < 0.95 * body.size || (!line.family.isEmpty && !body.family.isEmpty && line.family != body.family)
    }

    private static func sameColumn(_ a: PDFLine, _ b: PDFLine) -> Bool { a.page == b.page && a.column == b.column }

    /// Whether `b` comes after `a` in another column or page, or further down than a paragraph's gap.
    private static func isApart(_ a: PDFLine, _ b: PDFLine, body: Body) -> Bool {
        guard sameColumn(a, b) else { return true }
        let step = b.bottom - a.bottom
        return step <= 0 || step > 1.4 * body.leading
    }
}
