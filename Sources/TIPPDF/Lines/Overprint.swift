/// Overprinted (fake-bold) text read once: a glyph that repeats the character of one already on the page at
/// almost the same place (within half its width across and a third of its height up or down) is the same
/// glyph drawn again, and is dropped. Glyphs are found by a grid of cells, so a page is read in linear time.
public enum Overprint {
    /// `glyphs` without their repeats, in their order; spaces and line ends are kept.
    public static func removed(from glyphs: [PDFGlyph]) -> (glyphs: [PDFGlyph], removed: Int) {
        var seen: [Cell: [Int]] = [:]
        var kept: [PDFGlyph] = []
        kept.reserveCapacity(glyphs.count)
        var removed = 0
        for glyph in glyphs {
            guard !LineAssembler.isSpace(glyph.scalar), glyph.scalar != "\n", glyph.scalar != "\r" else {
                kept.append(glyph)
                continue
            }
            let cell = Cell(of: glyph)
            let repeated = cell.neighbours.contains { neighbour in
                (seen[neighbour] ?? []).contains { repeats(glyph, kept[$0]) }
            }
            if repeated {
                removed += 1
                continue
            }
            seen[cell, default: []].append(kept.count)
            kept.append(glyph)
        }
        return (kept, removed)
    }

    /// Whether `glyph` is `earlier` printed again.
    static func repeats(_ glyph: PDFGlyph, _ earlier: PDFGlyph) -> Bool {
        guard glyph.scalar == earlier.scalar else { return false }
        let width = max(0.5, min(glyph.x1 - glyph.x0, earlier.x1 - earlier.x0))
        let height = max(0.5, min(glyph.y1 - glyph.y0, earlier.y1 - earlier.y0))
        return abs(glyph.x0 - earlier.x0) < 0.5 * width && abs(glyph.y1 - earlier.y1) < 0.34 * height
    }

    /// A square of the page, 8 points a side, by a glyph's top left corner.
    struct Cell: Hashable {
        var x: Int
        var y: Int

        init(x: Int, y: Int) { (self.x, self.y) = (x, y) }

        init(of glyph: PDFGlyph) {
            x = Int((glyph.x0 / 8).rounded(.down))
            y = Int((glyph.y1 / 8).rounded(.down))
        }

        var neighbours: [Cell] { [-1, 0, 1].flatMap { dx in [-1, 0, 1].map { Cell(x: x + dx, y: y + $0) } } }
    }
}
