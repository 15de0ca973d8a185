import Foundation
import TIPModel
import TIPPDF
import TIPParsing
import Testing

/// The artefacts of the report's PDF as it is really printed (issue 23), rule by rule on glyphs laid out here,
/// then all at once on the preset fixture Tools/make-report-pdf.py --like-real made: side tabs set across the
/// reading direction, headings printed twice over for a bold effect, letter-spaced running heads, photo
/// captions (one printed twice), a framed box and lines of font garbage.
@Suite struct PDFArtefactTests {
    private let known = ["afghanistan": "Afghanistan", "albania": "Albania", "algeria": "Algeria"]
    private let fixture = "like-real/tip-2025-like-real"

    /// `text` from `x` along the baseline, glyphs `advance` points apart and 5 wide, then a line end.
    private func across(_ text: String, x: Float, baseline: Float, size: Float = 10, advance: Float = 5) -> [PDFGlyph] {
        var glyphs = text.unicodeScalars.enumerated().map { offset, scalar in
            let x0 = x + Float(offset) * advance
            return PDFGlyph(scalar: scalar, x0: x0, y0: baseline - size, x1: x0 + 5, y1: baseline, size: size, font: 0)
        }
        glyphs.append(
            PDFGlyph(scalar: "\n", x0: glyphs.last!.x1, y0: baseline - size, x1: glyphs.last!.x1, y1: baseline, size: size, font: 0))
        return glyphs
    }

    /// `text` rotated to run up the page from `bottom` at `x`: each glyph's box 10 wide and 6 high, the next above it.
    private func upward(_ text: String, x: Float, bottom: Float) -> [PDFGlyph] {
        text.unicodeScalars.enumerated().map { offset, scalar in
            let y1 = bottom - Float(offset) * 6
            return PDFGlyph(scalar: scalar, x0: x, y0: y1 - 6, x1: x + 10, y1: y1, size: 10, font: 0)
        }
    }

    private func page(_ glyphs: [PDFGlyph]) -> PDFPage {
        PDFPage(number: 1, width: 612, height: 792, glyphs: glyphs, fonts: ["Times-Roman"])
    }

    @Test func textRunningUpThePageIsSetAsideWithWhatItSaid() {
        // Poppler gives the rotated tab's glyphs amid the body's lines; each letter would join a body line.
        let body = across("activities and irregular", x: 60, baseline: 100) + across("migrants were exploited", x: 60, baseline: 112)
        let glyphs = Array(body[..<25]) + upward("ALBANIA", x: 580, bottom: 140) + Array(body[25...])
        let (kept, aside) = ReadingDirection.split(glyphs, page: 4)
        #expect(aside == [AsideText(page: 4, text: "ALBANIA")])
        #expect(LineAssembler.lines(of: page(kept)).map(\.text) == ["activities and irregular", "migrants were exploited"])
    }

    @Test func aColumnOfOneLetterLinesIsNotTakenForVerticalTextWhenTheLinesAreApart() {
        // Lines of a list 12 points apart with a short word at the same place are body text.
        let glyphs = across("a", x: 60, baseline: 100) + across("b", x: 60, baseline: 124)
        #expect(ReadingDirection.split(glyphs, page: 1).aside.isEmpty)
    }

    @Test func glyphsPrintedTwiceAFractionOfAPointApartAreReadOnce() {
        // Poppler gives the heading's first printing, then its second 0.3 points to the right.
        let glyphs = across("TRAFFICKING", x: 60, baseline: 100) + across("TRAFFICKING", x: 60.3, baseline: 100)
        let (once, removed) = Overprint.removed(from: glyphs)
        #expect(removed == 11)
        #expect(LineAssembler.lines(of: page(once)).map(\.text) == ["TRAFFICKING"])
        #expect(LineAssembler.lines(of: page(glyphs)).map(\.text) == ["TRAFFICKING"])
    }

    @Test func theSameLetterTwiceInAWordIsNotAnOverprint() {
        // "ll" and "ee": the same character a whole width on is the next glyph.
        let glyphs = across("Tallee", x: 60, baseline: 100)
        #expect(Overprint.removed(from: glyphs).removed == 0)
        #expect(LineAssembler.lines(of: page(glyphs)).map(\.text) == ["Tallee"])
    }

    @Test func aLetterSpacedLineIsReadAsWordsByItsOwnGaps() {
        // Letters 7 points apart (2 of gap), words 11 apart (6 of gap), poppler's spaces between every letter.
        var glyphs: [PDFGlyph] = []
        var x: Float = 60
        for (index, word) in ["TRAFFICKING", "IN", "PERSONS", "REPORT", "JUNE", "2025"].enumerated() {
            if index > 0 {
                glyphs.append(PDFGlyph(scalar: " ", x0: x - 6, y0: 28, x1: x, y1: 36, size: 7.5, font: 0))
            }
            for (offset, scalar) in word.unicodeScalars.enumerated() {
                if offset > 0 {
                    glyphs.append(PDFGlyph(scalar: " ", x0: x, y0: 28, x1: x + 2, y1: 36, size: 7.5, font: 0))
                    x += 2
                }
                glyphs.append(PDFGlyph(scalar: scalar, x0: x, y0: 28, x1: x + 5, y1: 36, size: 7.5, font: 0))
                x += 5
            }
            x += 6
        }
        #expect(LineAssembler.lines(of: page(glyphs)).map(\.text) == ["TRAFFICKING IN PERSONS REPORT JUNE 2025"])
    }

    @Test func aLineOfShortWordsIsNotLetterSpaced() {
        #expect(!LetterSpacing.isSpaced("a b of it is so"))
        #expect(LetterSpacing.isSpaced("T R A F F I C K I N G"))
    }

    @Test func theManifestProvesEveryArtefactIsInThePreset() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(fixture + ".json")))
        let manifest = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let pages = manifest["pages"] as! Int
        #expect(manifest["preset"] as? String == "like-real")
        let tabs = manifest["side_tabs"] as! [[String: Any]]
        #expect(Set(tabs.map { $0["country"] as! String }) == ["Afghanistan", "Albania", "Algeria"])
        #expect((manifest["fake_bold"] as! [Any]).count >= 9, "each country's name, tier line and section headings")
        #expect((manifest["spaced_heads"] as! [Int]) == Array(2...pages))
        #expect(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(fixture + ".pdf"))).count < 200_000)
    }

    /// The preset's manifest as JSON.
    private func manifest() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixtures.path(fixture + ".json")))) as! [String: Any]
    }

    @Test func theManifestProvesCaptionsABoxAndGarbageAreInThePreset() throws {
        let manifest = try manifest()
        let captions = manifest["captions"] as! [[String: Any]]
        #expect(Set(captions.compactMap { $0["photo"] as? String }) == ["under", "over"], "a caption under its photo and one over it")
        let texts = captions.map { $0["text"] as! String }
        #expect(Set(texts).count < texts.count, "a caption printed twice")
        #expect(captions.contains { $0["repeated"] as? Bool == true && $0["photo"] is NSNull })
        #expect((manifest["boxes"] as! [[String: Any]]).count == 1)
        let garbage = manifest["garbage"] as! [[String: Any]]
        #expect(garbage.count >= 2)
        #expect(garbage.allSatisfy { FontGarbage.isGarbage($0["text"] as! String) })
    }

    @Test func thePresetLeavesOutCaptionsTheBoxAndGarbageWithAWarningNamingEachPage() throws {
        let manifest = try manifest()
        let text = try PDFEdition.text(ofReportAt: Fixtures.path(fixture + ".pdf"))
        let placed = (manifest["captions"] as! [[String: Any]]) + (manifest["boxes"] as! [[String: Any]])
        // In the narratives, exactly what was placed; before them the title page's sans-serif notice line is
        // set apart too (it is not the body's face), which no narrative misses.
        let firstPage = ((manifest["narratives"] as! [[String: Any]])[0]["page"] as! Int)
        #expect(
            text.setApart.filter { $0.page >= firstPage }.map { "\($0.page) \($0.text)" }.sorted()
                == placed.map { "\($0["page"] as! Int) \($0["text"] as! String)" }.sorted())
        #expect(
            text.setApart.filter { $0.page < firstPage }.map(\.text) == [
                "ILLUSTRATIVE SAMPLE, NOT OFFICIAL TEXT: laid out by tipdiff's fixture generator"
            ])
        #expect(text.captionLinesRemoved == 15, "three captions of three, three and two lines, a box of six, the notice")
        let garbage = manifest["garbage"] as! [[String: Any]]
        #expect(text.garbage.map { "\($0.page) \($0.text)" } == garbage.map { "\($0["page"] as! Int) \($0["text"] as! String)" })
        let warnings = PDFEdition.warnings(text, path: "like-real.pdf").map(\.message)
        #expect(warnings.map { String($0.prefix { $0 != ":" }) } == garbage.map { "page \($0["page"] as! Int)" })
        // None of it in any narrative: not a caption's, the box's or a garbage line's words.
        let found = ReportNarratives(text, canonical: { [known] in known[$0.lowercased()] })
        for narrative in found.narratives {
            for phrase in ["Illustrative photo", "grey placeholder", "survivor's story", "hotline volunteer"] {
                #expect(!narrative.text.contains(phrase), "\(narrative.country!): \(phrase)")
            }
            for line in garbage { #expect(!narrative.text.contains(line["text"] as! String)) }
        }
    }

    @Test func thePresetImportsSentenceForSentence() throws {
        let text = try PDFEdition.text(ofReportAt: Fixtures.path(fixture + ".pdf"))
        let found = ReportNarratives(text, canonical: { [known] in known[$0.lowercased()] })
        #expect(found.narratives.map(\.country) == ["Afghanistan", "Albania", "Algeria"])
        for narrative in found.narratives {
            #expect(
                narrative.confirmedBySideTab && narrative.suspicion == nil,
                "\(narrative.country!): \(String(describing: narrative.suspicion))")
            let source = try EditionLoader().edition(at: Repository.path("examples/pdf/2025/\(narrative.country!.lowercased()).txt"))
            let imported = try TextImporter().edition(from: narrative.text, path: "imported.txt", sha256: "", format: .text)
            #expect(imported.tier.placement == source.tier.placement)
            #expect(Structure(imported) == Structure(source))
            let sentences = imported.sections.flatMap(\.sentences).map(\.text)
            #expect(sentences == source.sections.flatMap(\.sentences).map(\.text))
            for sentence in sentences {
                #expect(
                    !sentence.contains("TRAFFICKING") && !sentence.contains("T R A") && !sentence.contains("COUNTRY NARRATIVES"),
                    "\(sentence)")
                // No stray capital standing alone (a side tab's letter), no word said twice over.
                let words = sentence.split(separator: " ")
                #expect(!words.contains { $0.count == 1 && $0 != "A" && $0.allSatisfy(\.isUppercase) }, "\(sentence)")
                #expect(!zip(words, words.dropFirst()).contains { $0 == $1 && $0.count > 1 }, "\(sentence)")
            }
        }
        #expect(text.paragraphs.allSatisfy { !$0.text.contains("AFGHANISTANAFGHANISTAN") && !$0.text.contains("ProsecutionProsecution") })
        // Every side tab is left out and counted with what it said.
        let tabs =
            (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixtures.path(fixture + ".json"))))
            as! [String: Any])["side_tabs"] as! [[String: Any]]
        #expect(
            text.aside.map { "\($0.page) \($0.text)" }.sorted()
                == tabs.map { "\($0["page"] as! Int) \(($0["country"] as! String).uppercased())" }.sorted())
    }

    @Test func aSideTabNamingAnotherCountryIsWarnedOf() {
        #expect(
            ReportNarratives.otherSideTab(["Albania"], country: "Afghanistan", pages: 3...6)
                == "the side tabs on its pages 3-6 name Albania, not Afghanistan")
        #expect(ReportNarratives.otherSideTab(["Afghanistan", "Albania"], country: "Albania", pages: 7...7) == nil)
        #expect(ReportNarratives.otherSideTab([], country: "Albania", pages: 7...7) == nil)
    }
}
