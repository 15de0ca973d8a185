import Foundation
import TIPModel
import TIPPDF
import TIPParsing
import TIPSupport
import Testing

/// Importing the report's PDF: the illustrative PDFs in examples/pdf (laid out by Tools/make-report-pdf.py
/// from the narratives beside them) give those narratives back sentence for sentence, and PDFs that cannot
/// be imported fail with their own reason.
@Suite struct PDFImportTests {
    private let known = ["afghanistan": "Afghanistan", "albania": "Albania", "algeria": "Algeria"]

    private func narratives(_ pdf: String) throws -> ReportNarratives {
        let text = try PDFEdition.text(ofReportAt: Repository.path(pdf))
        return ReportNarratives(text, canonical: { [known] in known[$0.lowercased()] })
    }

    private func edition(_ text: String, path: String) throws -> Edition {
        try TextImporter().edition(from: text, path: path, sha256: "", format: .text)
    }

    @Test(arguments: [("examples/pdf/tip-2025-illustrative.pdf", 2025), ("examples/pdf/tip-2024-illustrative.pdf", 2024)])
    func eachNarrativeComesBackSentenceForSentence(pdf: String, year: Int) throws {
        let found = try narratives(pdf)
        #expect(found.narratives.map(\.country) == ["Afghanistan", "Albania", "Algeria"])
        #expect(found.skipped.isEmpty, "the introduction and tier lists are not narratives: \(found.skipped)")
        for narrative in found.narratives {
            let sourcePath = Repository.path("examples/pdf/\(year)/\(narrative.country!.lowercased()).txt")
            let source = try EditionLoader().edition(at: sourcePath)
            let imported = try edition(narrative.text, path: "imported.txt")
            #expect(imported.tier.placement == source.tier.placement)
            #expect(Structure(imported) == Structure(source))
            let sentences = imported.sections.flatMap(\.sentences).map(\.text)
            #expect(sentences == source.sections.flatMap(\.sentences).map(\.text))
            for sentence in sentences {
                #expect(!sentence.contains("TRAFFICKING IN PERSONS REPORT") && !sentence.contains("ILLUSTRATIVE SAMPLE"))
                #expect(!sentence.contains("Illustrative footnote"), "footnote text kept out")
            }
        }
    }

    @Test func theHardCasesAreInTheFixtures() throws {
        // The fixture must hold what it tests: a heading at a page foot, a footnote, words broken at line ends.
        for year in [2024, 2025] {
            let manifest =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: URL(fileURLWithPath: Repository.path("examples/pdf/tip-\(year)-illustrative.json"))))
                as! [String: Any]
            #expect((manifest["foot_headings"] as! [String]) == ["ALBANIA"])
            #expect((manifest["footnotes"] as! [Any]).count >= 1)
            let broken = manifest["hyphenated"] as! [String]
            #expect(broken.count > 50)
            #expect(broken.contains { $0.contains("-") && $0.dropLast().contains("-") }, "a real hyphen at a line end as well")
        }
        let text = try PDFEdition.text(ofReportAt: Repository.path("examples/pdf/tip-2025-illustrative.pdf"))
        #expect(text.furnitureRemoved == 3 * text.pages.count, "a head, a page number and a foot on every page")
        #expect(text.markersRemoved == 1 && text.footnoteLinesRemoved == 1)
    }

    @Test func aPDFOfOneNarrativeIsAnEdition() throws {
        let pdf = try EditionLoader().edition(at: Repository.path("examples/pdf/albania-2025-illustrative.pdf"))
        let source = try EditionLoader().edition(at: Repository.path("examples/pdf/2025/albania.txt"))
        #expect(pdf.source.format == .pdf)
        #expect(Structure(pdf) == Structure(source))
    }

    @Test func aWholeReportIsNotOneEdition() throws {
        var loader = EditionLoader()
        loader.canonicalName = { [known] in known[$0.lowercased()] }
        #expect(throws: EditionError.self) { try loader.edition(at: Repository.path("examples/pdf/tip-2025-illustrative.pdf")) }
    }

    @Test(arguments: [
        ("encrypted.pdf", "the PDF is encrypted: save an unprotected copy first"),
        ("truncated.pdf", "the PDF is truncated (no %%EOF end marker): download it again"),
        ("damaged.pdf", "the PDF is damaged"),
        ("scanned.pdf", "no text layer (a scanned document): run OCR first"),
    ])
    func aPDFThatCannotBeReadSaysWhy(file: String, reason: String) throws {
        let path = Fixtures.path("bad-pdf/" + file)
        let error = #expect(throws: EditionError.self) { try PDFEdition.text(ofReportAt: path) }
        #expect(error?.description.hasPrefix("\(path): error: \(reason)") == true, "\(String(describing: error))")
    }

    @Test func aPDFWithItsMiddleZeroedWarnsNamingTheDamagedPages() throws {
        let path = Fixtures.path("bad-pdf/zeroed-middle.pdf")
        let text = try PDFEdition.text(ofReportAt: path)
        #expect(!text.damage.isEmpty)
        #expect(text.pagesWithoutText == Array(7...12))
        let warnings = PDFEdition.warnings(text, path: path)
        #expect(!warnings.isEmpty && warnings.allSatisfy { $0.severity == .warning && $0.location?.path == path })
        #expect(warnings.contains { $0.message.hasPrefix("page ") && $0.message.contains("poppler reports damage") }, "\(warnings)")
        #expect(warnings.contains { $0.message.hasPrefix("no text on pages 7, 8, 9, 10, 11, 12 of this damaged file") }, "\(warnings)")
        let found = ReportNarratives(text, canonical: { [known] in known[$0.lowercased()] })
        #expect(found.narratives.contains { $0.suspicion?.contains("heading comes twice") == true }, "\(found.narratives.map(\.suspicion))")
    }

    @Test func aSoundPDFReportsNoDamage() throws {
        let text = try PDFEdition.text(ofReportAt: Repository.path("examples/pdf/tip-2025-illustrative.pdf"))
        #expect(text.damage.isEmpty)
        #expect(PDFEdition.warnings(text, path: "tip-2025-illustrative.pdf").isEmpty)
        #expect(try narratives("examples/pdf/tip-2025-illustrative.pdf").narratives.allSatisfy { $0.suspicion == nil })
    }

    @Test func aNarrativeHoldingASectionTwiceIsFlagged() {
        let paragraphs = [
            PDFParagraph(text: "ALBANIA: Tier 2", isHeading: true, size: 14, page: 3),
            PDFParagraph(text: "The Government of Albania does not fully meet the minimum standards.", isHeading: false, size: 10, page: 3),
            PDFParagraph(text: "PROSECUTION", isHeading: true, size: 11, page: 3),
            PDFParagraph(text: "The government maintained law enforcement efforts.", isHeading: false, size: 10, page: 3),
            PDFParagraph(text: "PROSECUTION", isHeading: true, size: 11, page: 9),
            PDFParagraph(text: "The government of another country decreased efforts.", isHeading: false, size: 10, page: 9),
        ]
        let found = ReportNarratives.repeatedSection(in: paragraphs[...])
        #expect(found?.hasPrefix("its PROSECUTION heading comes twice (pages 3 and 9)") == true, "\(String(describing: found))")
        #expect(ReportNarratives.repeatedSection(in: paragraphs[..<4]) == nil)
    }

    @Test func moreThanTheLimitOfPagesIsRefusedBeforeReading() throws {
        let bytes = try InputFile.read(Repository.path("examples/pdf/tip-2025-illustrative.pdf"), limit: 1 << 20)
        #expect(throws: PDFFailure.tooManyPages(17, limit: 10)) { try PDFText(bytes: bytes, limit: 10) }
        #expect(try PDFText(bytes: bytes, pages: 1...10, limit: 10).pages == 1...10)
        #expect(
            PDFFailure.tooManyPages(40_000, limit: PDFText.maximumPages).description
                == "40000 pages to read, more than the 5000 one import reads (a year's report has about 600)")
    }

    @Test func aPDFWithoutNarrativesHasNone() throws {
        let found = try narratives("Tests/TIPParsingTests/Fixtures/bad-pdf/not-a-report.pdf")
        #expect(found.narratives.isEmpty)
    }

    @Test func pagesOutsideTheDocumentAreRefused() throws {
        let error = #expect(throws: EditionError.self) {
            try PDFEdition.text(ofReportAt: Repository.path("examples/pdf/tip-2025-illustrative.pdf"), pages: 5...99)
        }
        #expect(error?.description.hasSuffix("no pages 5-99: the PDF has 17 pages") == true)
    }
}
