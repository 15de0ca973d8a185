import TIPModel
import TIPPDF
import TIPParsing
import Testing

/// Captions, boxes and lines of font garbage (issue 23, items 4 and 5), rule by rule on glyphs laid out here:
/// what is set apart from the column's flow leaves the body and is counted, garbage leaves with a warning
/// naming its page, and the body's own italics and figures stay.
@Suite struct PDFSetApartTests {
    /// The fonts of the pages laid out here, by index.
    private let fonts = ["ABCDEF+Times-Roman", "ABCDEF+Times-Italic", "Helvetica"]
    private static let roman: UInt16 = 0
    private static let italic: UInt16 = 1
    private static let sans: UInt16 = 2

    /// One line of glyphs 5 points apart from `x`, in `font` (or in `italicRange`'s characters, italic),
    /// then a line end.
    private func line(
        _ text: String, baseline: Float, x: Float = 60, size: Float = 10, font: UInt16 = 0, italicRange: Range<Int>? = nil
    ) -> [PDFGlyph] {
        var glyphs = text.unicodeScalars.enumerated().map { offset, scalar in
            let x0 = x + Float(offset) * 5
            let face = italicRange.map { $0.contains(offset) ? Self.italic : font } ?? font
            return PDFGlyph(scalar: scalar, x0: x0, y0: baseline - size, x1: x0 + 5, y1: baseline, size: size, font: face)
        }
        glyphs.append(
            PDFGlyph(scalar: "\n", x0: glyphs.last!.x1, y0: baseline - size, x1: glyphs.last!.x1, y1: baseline, size: size, font: font))
        return glyphs
    }

    /// The text of a page of these glyphs, read as the importer reads a report.
    private func read(_ glyphs: [PDFGlyph], page number: Int = 1) -> PDFText {
        let page = PDFPage(number: number, width: 612, height: 792, glyphs: glyphs, fonts: fonts)
        return PDFText(pages: [(page, LineAssembler.lines(of: page))], range: number...number)
    }

    // Sixty-character lines fill the column; the body's leading is 12.5 points, a paragraph's gap 3 more.
    private let full1 = "The government prosecuted twelve cases and convicted nine men"
    private let full2 = "under its penal code, and it identified forty victims, whom it"

    @Test func anItalicCaptionBetweenParagraphsIsLeftOutAndCounted() {
        let glyphs =
            line(full1, baseline: 100) + line("for the second year running.", baseline: 112.5)
            + line("A shelter for survivors of trafficking,", baseline: 135, size: 9, font: Self.italic)
            + line("photographed in 2024 (illustrative).", baseline: 146, size: 9, font: Self.italic)
            + line("Officials referred all forty of the victims to care in shelters", baseline: 168, x: 72)
            + line("run by the government.", baseline: 180.5)
        let text = read(glyphs)
        #expect(
            text.paragraphs.map(\.text) == [
                full1 + " for the second year running.",
                "Officials referred all forty of the victims to care in shelters run by the government.",
            ])
        #expect(text.captionLinesRemoved == 2)
        #expect(text.setApart == [AsideText(page: 1, text: "A shelter for survivors of trafficking, photographed in 2024 (illustrative).")])
    }

    @Test func aParagraphRunsOnPastACaptionSetInItsMidst() {
        // The photo and its caption interrupt a paragraph whose line above them is full.
        let glyphs =
            line(full1, baseline: 100) + line(full2, baseline: 112.5)
            + line("A shelter for survivors (illustrative).", baseline: 190, size: 9, font: Self.italic)
            + line("referred to care.", baseline: 212)
        let text = read(glyphs)
        #expect(text.paragraphs.map(\.text) == [full1 + " " + full2 + " referred to care."])
        #expect(text.captionLinesRemoved == 1)
    }

    @Test func aBoxInAnotherFamilyIsLeftOut() {
        let glyphs =
            line(full1, baseline: 100) + line("for the second year running.", baseline: 112.5)
            + line("A survivor's story: she was promised work abroad", baseline: 140, x: 68, font: Self.sans)
            + line("and made to work without pay (illustrative).", baseline: 152, x: 68, font: Self.sans)
            + line("Officials referred all forty of the victims to care in shelters", baseline: 178, x: 72)
            + line("run by the government.", baseline: 190.5)
        let text = read(glyphs)
        #expect(text.paragraphs.count == 2)
        #expect(!text.text.contains("survivor"))
        #expect(
            text.setApart.map(\.text) == ["A survivor's story: she was promised work abroad and made to work without pay (illustrative)."])
    }

    @Test func aLawsTitleInItalicsStaysInTheBody() {
        // A body line with the law's title in italics, and a paragraph of one line that is mostly the title,
        // set at a paragraph's gap: the body's own italics, not a caption.
        let title = "See the Law on Combating Trafficking in Persons."
        let glyphs =
            line(full1, baseline: 100) + line("under the Law on Combating Trafficking in Persons.", baseline: 112.5, italicRange: 10..<49)
            + line(title, baseline: 128, x: 72, italicRange: 8..<47)
            + line("Officials referred all forty of the victims to care in shelters", baseline: 143.5, x: 72)
            + line("run by the government.", baseline: 156)
        let lines = LineAssembler.lines(of: PDFPage(number: 1, width: 612, height: 792, glyphs: glyphs, fonts: fonts))
        #expect(lines.map(\.isItalic) == [false, false, false, false, false])
        #expect(lines.map(\.family) == ["Times", "Times", "Times", "Times", "Times"])
        let text = read(glyphs)
        #expect(text.captionLinesRemoved == 0)
        #expect(text.paragraphs.map(\.text)[1] == title)
    }

    @Test func anItalicLineInsideAParagraphStays() {
        // A line wholly in italics at the body's leading (a quotation): no gap sets it apart.
        let glyphs =
            line(full1, baseline: 100) + line("for trafficking in persons under its penal code and its", baseline: 112.5, font: Self.italic)
            + line("law, and it identified forty victims.", baseline: 125)
        let text = read(glyphs)
        #expect(text.captionLinesRemoved == 0)
        #expect(text.paragraphs.count == 1)
    }

    @Test func fontNamesSayTheirFamilyAndWhetherTheyAreItalic() {
        #expect(FontFace.family("ABCDEF+MinionPro-It") == "MinionPro")
        #expect(FontFace.family("Arial,BoldItalic") == "Arial")
        #expect(FontFace.family("Helvetica") == "Helvetica")
        #expect(FontFace.isItalic("ABCDEF+MinionPro-It") && FontFace.isItalic("Times-Italic") && FontFace.isItalic("Helvetica-Oblique"))
        #expect(FontFace.isItalic("Arial,BoldItalic") && FontFace.isItalic("Gotham-BookIt"))
        #expect(!FontFace.isItalic("Times-Roman") && !FontFace.isItalic("Helvetica-Bold") && !FontFace.isItalic("Gotham-Light"))
    }

    @Test func linesNoWordCanBeMadeOfAreGarbageAndFiguresAreNot() {
        #expect(FontGarbage.isGarbage(":@90(;0,99(5205.)@@,(9"))
        #expect(FontGarbage.isGarbage("(,4<,(&-51-,9.;7;#+;75<$"))
        #expect(FontGarbage.isGarbage("Gq:@90(;0,99(5205.)@@,(9"), "two letters in twenty-four are no word")
        #expect(FontGarbage.isGarbage("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} \u{FFFD}\u{FFFD}"), "glyphs poppler could not name")
        #expect(FontGarbage.isGarbage("\u{E012}\u{E01F}\u{E004} \u{E011}\u{E020}"), "private-use code points")
        for figures in ["1,818", "($12,000)", "2023-2024", "1,024 (118). 512 (37). 8,020 (1,207).", "10-12% 3.5 14/2018", "– – – –"] {
            #expect(!FontGarbage.isGarbage(figures), "\(figures)")
        }
        #expect(!FontGarbage.isGarbage("Prosecutions 1,024 (118). Convictions 512 (37)."))
        #expect(!FontGarbage.isGarbage("Article 3(b)(ii); §§ 12-14"))
        #expect(!FontGarbage.isGarbage("the victims\u{FFFD} shelters were funded"), "one unnamed glyph in a body line")
    }

    @Test func aGarbageLineLeavesWithAWarningNamingItsPage() {
        let glyphs =
            line(full1, baseline: 100) + line("for the second year running.", baseline: 112.5)
            + line(":@90(;0,99(5205.)@@,(9", baseline: 128) + line("1,818 ($12,000) 2023-2024", baseline: 143.5, x: 72)
        let text = read(glyphs, page: 7)
        #expect(text.garbage == [AsideText(page: 7, text: ":@90(;0,99(5205.)@@,(9")])
        #expect(text.paragraphs.map(\.text) == [full1 + " for the second year running.", "1,818 ($12,000) 2023-2024"])
        let warnings = PDFEdition.warnings(text, path: "report.pdf").map(\.description)
        #expect(
            warnings == [
                "report.pdf: warning: page 7: 1 line of font garbage left out (glyphs with no Unicode mapping, or no word in it): \":@90(;0,99(5205.)@@,(9\""
            ])
    }

    @Test func garbageOnManyPagesIsWarnedOfPageByPageUpToALimit() {
        var text = read(line(full1, baseline: 100))
        text.garbage = (1...12).flatMap { page in [AsideText(page: page, text: "#@!"), AsideText(page: page, text: "%$&")] }
        let warnings = PDFEdition.warnings(text, path: "r.pdf", limit: 10).map(\.message)
        #expect(warnings.count == 11)
        #expect(
            warnings[0]
                == "page 1: 2 lines of font garbage left out (glyphs with no Unicode mapping, or no word in them), the first: \"#@!\"")
        #expect(warnings[10] == "font garbage left out on 2 more pages")
    }
}
