import Foundation
import TIPModel
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
}
