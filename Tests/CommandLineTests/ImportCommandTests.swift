import Foundation
import Testing

/// `tipdiff import`: a whole report's PDF into a year folder, all or nothing, never over existing files
/// without --force.
@Suite struct ImportCommandTests {
    @Test func importWritesOneNarrativePerCountryAndSaysWhatItDid() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025").path
        let run = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("read examples/pdf/tip-2025-illustrative.pdf: pages 1-17 (17 pages)"))
        #expect(run.stdout.contains("51 running heads, feet and page numbers, 1 footnote line and 1 marker left out"))
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

    @Test func theSummaryCountsSideTabsLeftOutWithWhatTheySaid() throws {
        let out = try temporaryFolder().appendingPathComponent("2025").path
        let run = try Run(["import", "Tests/TIPParsingTests/Fixtures/like-real/tip-2025-like-real.pdf", "--year", "2025", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("; 15 side texts across the reading direction left out (AFGHANISTAN 5, ALBANIA 5, ALGERIA 5)\n"),
            "\(run.stdout)")
        // Every side tab names its narrative's country: no warning of that; the preset's garbage lines are
        // warned of, one page each.
        #expect(!run.stderr.contains("side tabs"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.contains(": warning: page ") && $0.contains("font garbage left out") })
    }

    @Test func theSummaryCountsCaptionLinesLeftOutAndTheWarningsNameTheGarbagesPages() throws {
        let out = try temporaryFolder().appendingPathComponent("2025").path
        let pdf = "Tests/TIPParsingTests/Fixtures/like-real/tip-2025-like-real.pdf"
        let run = try Run(["import", pdf, "--year", "2025", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        // Every glyph of the headings the generator printed twice over is read once, and counted: as many as the
        // manifest's fake-bold lines hold.
        let manifest =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: pdf.replacingOccurrences(of: ".pdf", with: ".json")))) as! [String: Any]
        let overprinted = (manifest["fake_bold"] as! [[String: Any]]).reduce(0) {
            $0 + ($1["text"] as! String).filter { $0 != " " }.count
        }
        #expect(overprinted > 0)
        #expect(
            run.stdout.contains(
                "1 footnote line and 1 marker left out; 15 caption lines left out; \(overprinted) glyphs printed twice over read once; 15 side texts"
            ), "\(run.stdout)")
        #expect(
            run.stderr.hasPrefix(
                "\(pdf): warning: page 4: 1 line of font garbage left out (glyphs with no Unicode mapping, or no word in it): \""),
            "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 4, "\(run.stderr)")
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

    @Test func aFolderInANarrativesPlaceIsRefusedBeforeAnythingIsWritten() throws {
        let out = try temporaryFolder().appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("algeria.txt"), withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: out.appendingPathComponent("afghanistan.txt"))
        let run = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out.path, "--force"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(out.path)/algeria.txt: error: cannot write: it is a folder, not a narrative"), "\(run.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("afghanistan.txt"), encoding: .utf8) == "mine\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["afghanistan.txt", "algeria.txt"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["2025"], "no hidden folder left")
    }

    @Test func forceKeepsTheFoldersOtherFilesAndReplacesALinkWithoutWritingThroughIt() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try Data("draft\n".utf8).write(to: out.appendingPathComponent("drafts/albania.txt"))
        try Data("my notes\n".utf8).write(to: out.appendingPathComponent("notes.md"))
        let thesis = folder.appendingPathComponent("thesis.txt")
        try Data("chapter one\n".utf8).write(to: thesis)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("albania.txt").path, withDestinationPath: thesis.path)
        let run = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out.path, "--force"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: thesis, encoding: .utf8) == "chapter one\n", "the link's target is left alone")
        let albania = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("albania.txt").path)
        #expect(albania[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOf: out.appendingPathComponent("albania.txt"), encoding: .utf8).hasPrefix("ALBANIA: Tier 2 Watch List"))
        #expect(try String(contentsOf: out.appendingPathComponent("notes.md"), encoding: .utf8) == "my notes\n")
        #expect(try String(contentsOf: out.appendingPathComponent("drafts/albania.txt"), encoding: .utf8) == "draft\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["afghanistan.txt", "albania.txt", "algeria.txt", "drafts", "notes.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["2025", "thesis.txt"])
    }

    @Test func aYearFolderThatIsALinkIsFollowedAndStaysALink() throws {
        let folder = try temporaryFolder()
        let shared = folder.appendingPathComponent("shared-2025")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: shared.appendingPathComponent("notes.md"))
        let out = folder.appendingPathComponent("2025")
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: shared.path)
        let run = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.path) == shared.path)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted()
                == ["afghanistan.txt", "albania.txt", "algeria.txt", "notes.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["2025", "shared-2025"])
    }

    @Test func anImportKilledOnTheWayLeavesAllOrNothingAndTheNextRunCleansUp() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025")
        for delay in stride(from: 0, to: 400_000, by: 20_000) {
            let process = Process()
            process.executableURL = Run.executable
            process.arguments = ["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out.path, "--force"]
            process.currentDirectoryURL = Run.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? FileManager.default.removeItem(at: out)
            try process.run()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            #expect(
                written.isEmpty || written.sorted() == ["afghanistan.txt", "albania.txt", "algeria.txt"], "after \(delay) µs: \(written)")
        }
        // A replaced year folder whose successor never took its place is put back; a half-written one removed.
        try? FileManager.default.removeItem(at: out)
        let replaced = folder.appendingPathComponent(".2025.tipdiff-\(Int32.max).replaced")
        try FileManager.default.createDirectory(at: replaced, withIntermediateDirectories: true)
        try Data("kept\n".utf8).write(to: replaced.appendingPathComponent("albania.txt"))
        let again = try Run(["import", "examples/pdf/tip-2025-illustrative.pdf", "--year", "2025", "--out", out.path])
        #expect(again.stderr.contains("1 narrative already in \(out.path); give --force"), "the replaced folder is back: \(again.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("albania.txt"), encoding: .utf8) == "kept\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["2025"], "nothing hidden left beside it")
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

    private let parts = (1...3).map { "Tests/TIPParsingTests/Fixtures/parts/tip-2025-part\($0).pdf" }

    @Test func threePartsImportIntoTheSameFolderAsTheYearPrintedWhole() throws {
        let folder = try temporaryFolder()
        let whole = folder.appendingPathComponent("whole").path
        let joined = folder.appendingPathComponent("parts").path
        #expect(
            try Run(["import", "Tests/TIPParsingTests/Fixtures/parts/tip-2025-whole.pdf", "--year", "2025", "--out", whole]).status == 0)
        let run = try Run(["import"] + parts + ["--year", "2025", "--out", joined])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                "read 3 parts: \(parts[0]) pages 1-6, \(parts[1]) pages 2-3 (page 1 its front matter), \(parts[2]) pages 2-6 (page 1 its front matter); 13 pages in "
            ), "\(run.stdout)")
        #expect(
            run.stdout.contains("\(joined)/chile.txt  Tier 2 Watch List, tip-2025-part1.pdf p. 5 – tip-2025-part2.pdf p. 2\n"),
            "\(run.stdout)")
        #expect(run.stdout.contains("\(joined)/kenya.txt  Tier 2 Watch List, tip-2025-part3.pdf pages 2-3\n"), "\(run.stdout)")
        let names = try FileManager.default.contentsOfDirectory(atPath: joined).sorted()
        #expect(names == ["belize.txt", "chile.txt", "fiji.txt", "kenya.txt", "tonga.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: whole).sorted() == names)
        for name in names {
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: "\(joined)/\(name)"))
                    == Data(contentsOf: URL(fileURLWithPath: "\(whole)/\(name)")),
                "\(name) byte for byte as printed whole")
        }
    }

    @Test func aPartGivenTwiceOrOverlappingAnotherIsRefusedAndNothingIsWritten() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("2025").path
        let twice = try Run(["import", parts[0], parts[1], parts[1], "--year", "2025", "--out", out])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("\(parts[1]) is given twice: give each part once"), "\(twice.stderr)")
        let copy = folder.appendingPathComponent("copy.pdf").path
        try FileManager.default.copyItem(atPath: Run.root.appendingPathComponent(parts[1]).path, toPath: copy)
        let overlapping = try Run(["import", parts[0], parts[1], copy, "--year", "2025", "--out", out])
        #expect(overlapping.status == 2)
        #expect(
            overlapping.stderr.hasPrefix("\(copy): error: Fiji is in two parts: \(parts[1]) (page 2) and \(copy) (page 2)"),
            "\(overlapping.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy.pdf"], "no hidden folder either")
    }

    @Test func partsOutOfOrderAreRefusedAndNothingIsWritten() throws {
        let out = try temporaryFolder().appendingPathComponent("2025").path
        let run = try Run(["import", parts[0], parts[2], parts[1], "--year", "2025", "--out", out])
        #expect(run.status == 2)
        #expect(
            run.stderr.hasPrefix(
                "\(parts[1]): error: the parts are out of order: \(parts[2]) ends with Tonga, and \(parts[1]) begins with Fiji"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func pagesWithSeveralPartsIsAUsageError() throws {
        let out = try temporaryFolder().appendingPathComponent("2025").path
        let run = try Run(["import", parts[0], parts[1], "--pages", "1-3", "--year", "2025", "--out", out])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--pages reads part of one PDF; with the 2 parts of a year, give the parts alone"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
