import TIPPDF
import Testing

/// Side tabs as the whole year's PDF prints them: names of several words, words of two letters, letters set
/// apart by tracking, two tabs on one page; and body text stacked by its leading that is none of these.
@Suite struct SideTabTests {
    /// `text` turned to run up the page from `bottom` at `x`, as poppler gives a tab: each glyph 10 across (the
    /// font's height) and as high as its letter is wide, `tracking` points between glyphs, a word space between
    /// words, and a space glyph after each word.
    private func tab(_ text: String, x: Float = 580, bottom: Float, tracking: Float = 0) -> [PDFGlyph] {
        var glyphs: [PDFGlyph] = []
        var y = bottom
        for scalar in text.unicodeScalars {
            if scalar == " " {
                glyphs.append(PDFGlyph(scalar: " ", x0: x + 10, y0: y - 3, x1: x, y1: y, size: 11, font: 0))
                y -= 3 + tracking
                continue
            }
            let height: Float = scalar == "I" ? 3 : 8
            glyphs.append(PDFGlyph(scalar: scalar, x0: x, y0: y - height, x1: x + 10, y1: y, size: 11, font: 0))
            y -= height + tracking
        }
        return glyphs
    }

    /// A line of body text from `x` on `baseline`, glyphs 5 apart, then a line end.
    private func line(_ text: String, x: Float = 60, baseline: Float) -> [PDFGlyph] {
        let end = x + Float(text.count) * 5
        let glyphs = text.unicodeScalars.enumerated().map { offset, scalar in
            let x0 = x + Float(offset) * 5
            return PDFGlyph(scalar: scalar, x0: x0, y0: baseline - 9, x1: x0 + 5, y1: baseline, size: 10, font: 0)
        }
        return glyphs + [PDFGlyph(scalar: "\n", x0: end, y0: baseline - 9, x1: end, y1: baseline, size: 10, font: 0)]
    }

    @Test func aTabOfSeveralWordsIsOneTextInItsReadingOrder() {
        let congo = tab("DEMOCRATIC REPUBLIC OF THE CONGO", bottom: 500)
        let glyphs = line("workers in other sectors", baseline: 100) + congo + line("remains unknown.", baseline: 112.5)
        let (kept, aside) = ReadingDirection.split(glyphs, page: 7)
        #expect(aside == [AsideText(page: 7, text: "DEMOCRATIC REPUBLIC OF THE CONGO")])
        #expect(String(String.UnicodeScalarView(kept.map(\.scalar))) == "workers in other sectors\nremains unknown.\n")
    }

    @Test func aLetterSpacedTabIsStillOneText() {
        let (kept, aside) = ReadingDirection.split(tab("EL SALVADOR", bottom: 400, tracking: 1.5), page: 2)
        #expect(aside.map(\.text) == ["EL SALVADOR"])
        #expect(kept.isEmpty)
    }

    @Test func twoTabsOnOnePageAreTwoTexts() {
        let glyphs = tab("ANTIGUA AND BARBUDA", bottom: 500) + tab("ARGENTINA", bottom: 300)
        #expect(ReadingDirection.split(glyphs, page: 23).aside.map(\.text) == ["ANTIGUA AND BARBUDA", "ARGENTINA"])
    }

    @Test func aTabTurnedTheOtherWayReadsDownThePage() {
        // Turned a quarter clockwise: poppler gives the letters from the top down, each box below the last.
        let upward = tab("BURKINA FASO", bottom: 400)
        let top = upward.map(\.y0).min()!
        let downward = upward.map { glyph in
            var turned = glyph
            (turned.y0, turned.y1) = (top + (400 - glyph.y1), top + (400 - glyph.y0))
            return turned
        }
        #expect(ReadingDirection.split(downward, page: 3).aside.map(\.text) == ["BURKINA FASO"])
    }

    @Test func digitsOfATableColumnOneUnderAnotherStayInTheBody() {
        // The same figure in three rows of a table, a leading apart: boxes alike across, but not touching.
        let glyphs = line("7", x: 300, baseline: 100) + line("7", x: 300, baseline: 112.5) + line("7", x: 300, baseline: 125)
        #expect(ReadingDirection.split(glyphs, page: 1).aside.isEmpty)
    }
}
