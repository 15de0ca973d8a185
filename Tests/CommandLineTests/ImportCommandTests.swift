/// `tipdiff import`: a whole report's PDF into a year folder, all or nothing, never over existing files
/// without --force.
import Foundation
import Testing

@Suite struct ImportCommandTests {
    @Test func importWritesOneNarrativePerCountryAndSaysWhatItDid() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025").path
        let run = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("read examples/pdf/tip-2025-illustrative.pdf: pages 1-17 (17 pages)"))
        #expect(run.stdout.contains("51 running heads, feet and page numbers, 1 footnote lines and 1 markers left out"))
        #expect(run.stdout.contains("\(out)/albania.txt  Tier 2 Watch List, pages 7-11"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["afghanistan.txt", "albania.txt", "algeria.txt"])

        // Two imported years compare like any year folders.
        let older = folder.appendingPathComponent("2024").path
        #expect(try Run(["import", "examples/pdf/tip-2024-illustrative.pdf", "--year", "2024", "--out", older]).status == 0)
        let diff = try Run(["diff", older, out])
        #expect(diff.status == 1)
        #expect(
            diff.stdout.contains("tier: Tier 3 (remained; policy or pattern) → Tier 2 Watch List (upgraded; policy or pattern) (upgrade)"))
    }

    @Test func importNeverReplacesANarrativeWithoutForce() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let mine = out.appendingPathComponent("albania.txt")
        try Data("my own copy\n".utf8).write(to: mine)
        let run = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("already in \(out.path); give --force to replace them"))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "my own copy\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["albania.txt"], "nothing else written")
        let forced = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: mine, encoding: .utf8).hasPrefix("ALBANIA: Tier 2 Watch List"))
    }

    @Test func aPDFWithItsMiddleZeroedWarnsNamingTheDamagedPagesAndTheSuspectNarrative() throws {
        // It imported silently, one narrative holding the next countries' sections.
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025").path
        let path = "Tests/TIPParsingTests/Fixtures/bad-pdf/zeroed-middle.pdf"
        let run = try Run(["import", path, "--year", "2025", "--out", out])
        #expect(run.stderr.contains("\(path): warning: page 7: poppler reports damage ("), "\(run.stderr)")
        #expect(run.stderr.contains("\(path): warning: no text on pages 7, 8, 9, 10, 11, 12 of this damaged file"))
        #expect(run.stderr.contains("\(out)/afghanistan.txt: warning: its PROTECTION heading comes twice (pages 4 and 13)"))
    }

    @Test(arguments: ["encrypted.pdf", "truncated.pdf", "damaged.pdf", "scanned.pdf", "not-a-report.pdf"])
    func aPDFThatCannotBeImportedWritesNothing(file: String) throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025").path
        let path = "Tests/TIPParsingTests/Fixtures/bad-pdf/\(file)"
        let run = try Run(["import", path, "--year", "2025", "--out", out])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(path): error: "))
        #expect(run.stderr.split(separator: "\n").count == 1, "one line, no library noise: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func splitPointsAPDFToImport() throws {
        let run = try Run(["split", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", "/tmp/unused"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("a PDF: import it with tipdiff import examples/pdf/tip-2025-illustrative.pdf --year 2025"))
    }
}
