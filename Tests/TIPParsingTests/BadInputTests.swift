import Foundation
import TIPModel
import TIPParsing
import TIPStatistics
import TIPTestSupport
import Testing

/// Bad input gives an error that names the file and, where it applies, the line and column.
@Suite struct BadInputTests {
    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = try TestFolders.folder("tipdiff-bad")
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func error(loading path: String) -> EditionError? {
        do {
            _ = try EditionLoader().editions(at: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingPath() {
        let e = error(loading: "/nonexistent/cuba.txt")
        #expect(e?.description == "/nonexistent/cuba.txt: error: no such file or folder")
    }

    @Test func folderWithoutEditions() throws {
        let path = try temporaryFile("notes.md", Array("hello".utf8))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let e = error(loading: folder)
        #expect(e == .noEditions(SourceLocation(path: folder)))
        #expect(e?.description.hasSuffix("error: no editions here: a year folder holds <country>.txt or <country>.html files") == true)
    }

    @Test func binaryData() throws {
        let path = try temporaryFile("cuba.txt", Array("CUBA: Tier 3\nab".utf8) + [0, 1, 2])
        let e = error(loading: path)
        #expect(e == .binary(SourceLocation(path: path, line: 2, column: 3)))
        #expect(e?.description.hasPrefix("\(path):2:3: error: binary data") == true)
    }

    @Test func invalidUTF8() throws {
        let path = try temporaryFile("cuba.txt", Array("CUBA: Tier 3\nThe gövernment".utf8) + [0xC3, 0x28] + Array(" x".utf8))
        let e = error(loading: path)
        #expect(e == .notUTF8(SourceLocation(path: path, line: 2, column: 15)))
        #expect(e?.description == "\(path):2:15: error: not valid UTF-8: save the edition as UTF-8 text")
    }

    @Test(arguments: [[], Array("  \n\n\t ".utf8)])
    func emptyFile(_ bytes: [UInt8]) throws {
        let path = try temporaryFile("cuba.txt", bytes)
        #expect(error(loading: path) == .empty(SourceLocation(path: path)))
    }

    @Test func textWithoutANarrative() throws {
        let path = try temporaryFile("cuba.txt", Array("A shopping list.\nMilk, bread and eggs.\n".utf8))
        let e = error(loading: path)
        #expect(e == .noNarrative(SourceLocation(path: path)))
        #expect(e?.description.contains("error: no recognisable narrative") == true)
    }

    @Test func unsupportedExtension() throws {
        let path = try temporaryFile("cuba.docx", Array("PK\u{3}\u{4}".utf8))
        #expect(error(loading: path) == .unsupportedFormat(SourceLocation(path: path)))
        #expect(error(loading: path)?.description.hasSuffix("not an edition: expected a .txt, .html or .pdf file") == true)
    }

    @Test func aPDFCutShortIsSaidToBe() throws {
        let path = try temporaryFile("cuba.pdf", Array("%PDF-1.7".utf8))
        #expect(error(loading: path)?.description.hasSuffix("the PDF is truncated (no %%EOF end marker): download it again") == true)
    }

    @Test func oneBadFileInAFolderNamesThatFile() throws {
        let good = try String(contentsOfFile: Repository.path("Reports/2025/cuba.txt"), encoding: .utf8)
        let path = try temporaryFile("cuba.txt", Array(good.utf8))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let bad = folder.appendingPathComponent("haiti.txt").path
        try Data().write(to: URL(fileURLWithPath: bad))
        #expect(error(loading: folder.path) == .empty(SourceLocation(path: folder.path + "/haiti.txt")))
    }

    @Test func twoEditionsOfOneCountryInAYearFolderAreRefusedNamingBothFiles() throws {
        // Saved twice under names that differ in case: two countries before, and every note placed twice.
        let good = try String(contentsOfFile: Repository.path("Reports/2025/cuba.txt"), encoding: .utf8)
        let path = try temporaryFile("cuba.txt", Array(good.utf8))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try Data(good.utf8).write(to: URL(fileURLWithPath: folder + "/Cuba.txt"))
        let e = error(loading: folder)
        guard case .twoEditions(let location, let country, let first) = e else {
            Issue.record("loaded two editions of one country: \(String(describing: e))")
            return
        }
        #expect(location.path == folder + "/cuba.txt" && first == folder + "/Cuba.txt")
        #expect(country.lowercased() == "cuba")
        #expect(
            e?.description.hasPrefix(
                "\(folder)/cuba.txt: error: a second edition of \(country) in this year folder (the first is \(folder)/Cuba.txt)")
                == true)
    }
}

@Suite struct EncodingTests {
    private func load(_ bytes: [UInt8]) throws -> Edition {
        try EditionLoader().edition(from: bytes, path: "Reports/2025/cuba.txt", format: .text)
    }

    @Test func oldMacLineEndsReadLikeLineFeeds() throws {
        let seed = try Repository.seed()
        let crOnly = try load(Array(Seed.text.replacingOccurrences(of: "\n", with: "\r").utf8))
        #expect(crOnly.sections.map(\.kind) == seed.sections.map(\.kind))
        #expect(crOnly.recommendations.count == seed.recommendations.count)
    }

    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let seed = try Repository.seed()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Seed.text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let edition = try load(bytes)
        #expect(edition.sections.map(\.kind) == seed.sections.map(\.kind))
        #expect(edition.tier.placement == seed.tier.placement)
    }

    @Test func utf16WithoutAByteOrderMarkIsNamed() {
        var bytes: [UInt8] = []
        for unit in "Cuba: Tier 3\nThe regime maintained prosecution efforts.\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(
            throws: EditionError.undecodable(
                SourceLocation(path: "Reports/2025/cuba.txt"),
                reason: "looks like UTF-16 without a byte-order mark: save the edition as UTF-8")
        ) {
            try load(bytes)
        }
    }

    @Test func controlCharactersNeverReachTheText() throws {
        let edition = try load(
            Array(
                Seed.text.replacingOnce(
                    "The regime maintained protection efforts.", with: "The regime\u{1B}[31m maintained\u{07} protection efforts."
                ).utf8))
        #expect(!edition.text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        // A terminal's control sequence is blanked whole, one scalar for one, so that its digits are no figure.
        #expect(edition.text.contains("The regime\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} maintained\u{FFFD} protection efforts."))
    }

    @Test func theDigitsOfATerminalEscapeAreNoStatistic() throws {
        let edition = try load(
            Array(
                Seed.text.replacingOnce("investigated 14 domestic", with: "investigated \u{1B}[31m14\u{1B}[0m domestic").utf8))
        let figures = StatisticsExtractor().statistics(in: edition)
        #expect(!figures.contains { $0.value == 31 || $0.value == 0 })
        #expect(figures.contains { $0.value == 14 && $0.key == "prosecution.investigations.domestic" })
    }
}
