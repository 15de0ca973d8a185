import Foundation
import TIPModel
import TIPPDF
import TIPParsing
import TIPTestSupport
import Testing

/// A lower module's errors say what is wrong with the input, never which command to run.
@Suite struct LowerModuleWordingTests {
    @Test func aWholeReportIsAnEditionErrorThatNamesNoCommand() throws {
        let path = Seed.path("examples/pdf/tip-2025-illustrative.pdf")
        let error = #expect(throws: EditionError.self) { try EditionLoader().edition(at: path) }
        #expect(error == .wholeReport(SourceLocation(path: path), narratives: 3))
        #expect(error?.description.contains("tipdiff") == false)
    }

    @Test func aPDFsFailuresNameNoOption() {
        let failures: [PDFFailure] = [
            .notPDF, .truncated, .encrypted, .damaged("xref"), .noTextLayer, .noSuchPages(3...4, count: 2),
            .tooManyPages(6_052, limit: 5_000),
        ]
        for failure in failures {
            #expect(!failure.description.contains("--"), "\(failure)")
            #expect(!failure.description.contains("tipdiff"), "\(failure)")
        }
    }
}
