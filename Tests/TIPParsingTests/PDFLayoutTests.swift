import TIPPDF
import Testing

/// The geometry rules of the PDF reader, on pages laid out here glyph by glyph: furniture found by where it
/// repeats, footnote markers taken out, columns read in turn, words broken at line ends joined as the
/// document writes them.
@Suite struct PDFLayoutTests {
    /// A page of lines, each `(text, x, baseline, size)`, with 5-point-wide glyphs; a "^" before a character
    /// sets it small and raised (a footnote marker).
    private func page(_ number: Int, _ lines: [(String, Float, Float, Float)], bold: Bool = false) -> PDFPage {
        var glyphs: [PDFGlyph] = []
        for (text, x, baseline, size) in lines {
            var position = x
            var raise = false
            for scalar in text.unicodeScalars {
                if scalar == "^" {
                    raise = true
                    continue
                }
                let glyphSize = raise ? size * 0.6 : size
                let bottom = raise ? baseline - size * 0.4 : baseline
                glyphs.append(
                    PDFGlyph(scalar: scalar, x0: position, y0: bottom - glyphSize, x1: position + 5, y1: bottom, size: glyphSize, font: 0))
                position += 5
                raise = false
            }
            glyphs.append(PDFGlyph(scalar: "\n", x0: position, y0: baseline - size, x1: position, y1: baseline, size: size, font: 0))
        }
        return PDFPage(number: number, width: 612, height: 792, glyphs: glyphs, fonts: [bold ? "Times-Bold" : "Times-Roman"])
    }

    /// Body lines of 60 glyphs from `top`, 12 points apart.
    private func body(_ texts: [String], from top: Float = 100) -> [(String, Float, Float, Float)] {
        texts.enumerated().map { ($1, 60, top + Float($0) * 12, 10) }
    }

    @Test func runningHeadsAndPageNumbersGoBecauseTheyRepeatWhereTheyAre() {
        let pages = (1...5).map { number in
            // The head names a different country on each page; the body's first line sits where it always does.
            page(
                number,
                [("COUNTRY \(number)", 60, 40, 8)] + body(["First line of page \(number).", "Second line."]) + [("\(number)", 300, 760, 9)])
        }
        let (kept, removed) = RunningFurniture.removed(from: pages.map { ($0, LineAssembler.lines(of: $0)) })
        #expect(removed == 10)
        #expect(kept.map { $0.map(\.text) } == (1...5).map { ["First line of page \($0).", "Second line."] })
    }

    @Test func furnitureOfManyPagesIsFoundInLinearTime() {
        // 20,000 pages of a head, two body lines and a page number: each place's pages were united again for
        // every candidate line, 40,000 unions of 20,000 pages.
        let count = 20_000
        let pages = (1...count).map { number -> (page: PDFPage, lines: [PDFLine]) in
            let lines = [
                PDFLine(text: "REPORT", page: number, x0: 60, x1: 90, top: 32, bottom: 40, size: 8, isBold: false),
                PDFLine(text: "Body line one.", page: number, x0: 60, x1: 400, top: 90, bottom: 100, size: 10, isBold: false),
                PDFLine(text: "Body line two.", page: number, x0: 60, x1: 400, top: 102, bottom: 112, size: 10, isBold: false),
                PDFLine(text: "\(number)", page: number, x0: 300, x1: 320, top: 751, bottom: 760, size: 9, isBold: false),
            ]
            return (PDFPage(number: number, width: 612, height: 792, glyphs: [], fonts: []), lines)
        }
        let clock = ContinuousClock()
        var result: (pages: [[PDFLine]], removed: Int) = ([], 0)
        let elapsed = clock.measure { result = RunningFurniture.removed(from: pages) }
        #expect(result.removed == 2 * count)
        #expect(result.pages.allSatisfy { $0.map(\.text) == ["Body line one.", "Body line two."] })
        #expect(elapsed < .seconds(10), "\(elapsed) for \(count) pages")
    }

    @Test func aFootnoteMarkerLeavesTheLine() {
        let lines = LineAssembler.lines(of: page(1, [("as reported.^1 The next", 60, 100, 10)]))
        #expect(lines.map(\.text) == ["as reported. The next"])
        #expect(lines.first?.markersRemoved == 1)
    }

    @Test func twoColumnsAreReadOneAfterTheOther() {
        let left = (0..<6).map { ("left \($0)", Float(60), Float(100 + 12 * $0), Float(10)) }
        let right = (0..<6).map { ("right \($0)", Float(320), Float(100 + 12 * $0), Float(10)) }
        let lines = LineAssembler.lines(of: page(1, zip(left, right).flatMap { [$0, $1] }))
        #expect(ReadingOrder.ordered(lines).map(\.text) == left.map(\.0) + right.map(\.0))
    }

    @Test func aPageOfOneColumnWhoseJustifiedLinesLeaveGapsAtOnePlaceIsStillOneColumn() {
        // A column's last page: ten full lines, and three whose wide justified spaces fall one under another,
        // each read by poppler as two runs. The runs leave a gap down the middle that no full line leaves.
        var lines: [(String, Float, Float, Float)] = []
        for row in 0..<13 {
            let baseline = Float(100 + 12 * row)
            if row % 4 == 1 {
                lines += [("harassment, exhausting work", 60, baseline, 10), ("hours, threats, meager", 215, baseline, 10)]
            } else {
                lines.append((String(repeating: "w", count: 53), 60, baseline, 10))
            }
        }
        let ordered = ReadingOrder.ordered(LineAssembler.lines(of: page(1, lines)))
        #expect(ordered.count == 13)
        #expect(
            ordered.filter { $0.text.hasPrefix("harassment") }.map(\.text).allSatisfy {
                $0 == "harassment, exhausting work hours, threats, meager"
            })
        #expect(ordered.allSatisfy { $0.column == 0 })
    }

    @Test func wordsBrokenAtLineEndsAreJoinedAsTheDocumentWritesThem() {
        // Each pair of lines breaks a word; the lines between say how the document writes it elsewhere.
        let texts = [
            "The regime maintained its anti-trafficking efforts with Russia and the affiliated",
            "firms; the government main-",
            "tained anti-",
            "trafficking work for Russia-",
            "affiliated and contract-",
            "ual workers all year long and",
            "into the next year as well.",
        ]
        let lines = ReadingOrder.ordered(LineAssembler.lines(of: page(1, body(texts))))
        let builder = ParagraphBuilder(lines: lines, bodySize: 10, leading: 12)
        let text = builder.paragraphs(lines).map(\.text)
        #expect(text.count == 1)
        #expect(
            text.first?.contains("the government maintained anti-trafficking work for Russia-affiliated and contractual workers") == true)
    }

    @Test func aShortLineEndingASentenceEndsTheParagraphAndAnIndentStartsOne() {
        let lines = ReadingOrder.ordered(
            LineAssembler.lines(
                of: page(
                    1,
                    [
                        ("A first paragraph that runs the whole width of the column", 60, 100, 10),
                        ("and ends here.", 60, 112, 10),
                        ("A second one, without an indent, runs the whole width too", 60, 124, 10),
                        ("and goes on", 60, 136, 10),
                        ("An indented third one.", 72, 148, 10),
                        ("A fourth line after it that runs the whole width of the page", 60, 160, 10),
                    ])))
        let paragraphs = ParagraphBuilder(lines: lines, bodySize: 10, leading: 12).paragraphs(lines).map(\.text)
        #expect(
            paragraphs == [
                "A first paragraph that runs the whole width of the column and ends here.",
                "A second one, without an indent, runs the whole width too and goes on",
                "An indented third one.",
                "A fourth line after it that runs the whole width of the page",
            ])
    }
}
