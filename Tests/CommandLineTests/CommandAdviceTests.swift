import Foundation
import Testing

/// Advice that names a command is the command layer's: the library says what is wrong, `tipdiff` says what
/// to run instead.
@Suite struct CommandAdviceTests {
    @Test func aWholeReportReadAsOneEditionIsToldToUseImport() throws {
        let run = try Run(["parse", "examples/pdf/tip-2025-illustrative.pdf"])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "examples/pdf/tip-2025-illustrative.pdf: error: a whole report (3 country narratives): import it with tipdiff import\n")
    }
}
