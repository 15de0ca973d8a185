import Foundation
import TIPModel
import TIPParsing
import Testing

/// A year published in parts (issue 23): the three part PDFs `Tools/make-report-pdf.py --parts 3 --like-real`
/// made of Fixtures/parts/2025 read as the same year printed whole, a narrative crossing each join whole,
/// each part's cover left out; a country in two parts, and parts out of order, refused naming the files.
@Suite struct ReportPartsTests {
    private let known = ["belize": "Belize", "chile": "Chile", "fiji": "Fiji", "kenya": "Kenya", "tonga": "Tonga"]
    private let parts = (1...3).map { Fixtures.path("parts/tip-2025-part\($0).pdf") }

    private func manifest(_ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixtures.path("parts/\(name).json"))))
            as! [String: Any]
    }

    private func read(_ paths: [String]) throws(EditionError) -> ReportParts {
        try ReportParts(paths: paths, canonical: { [known] in known[$0.lowercased()] })
    }

    @Test func threePartsReadAsTheSameYearPrintedWhole() throws {
        let joined = try read(parts)
        let whole = ReportNarratives(
            try PDFEdition.text(ofReportAt: Fixtures.path("parts/tip-2025-whole.pdf")), canonical: { [known] in known[$0.lowercased()] })
        #expect(joined.found.narratives.map(\.country) == ["Belize", "Chile", "Fiji", "Kenya", "Tonga"])
        #expect(joined.found.narratives.map(\.text) == whole.narratives.map(\.text))
        #expect(joined.found.skipped.isEmpty && joined.found.narratives.allSatisfy { $0.suspicion == nil })
        #expect(joined.found.narratives.allSatisfy { !$0.text.contains("COUNTRY NARRATIVES") && !$0.text.contains("part 2 of 3") })
    }

    @Test func eachPartAfterTheFirstLeavesItsCoverOutAsFrontMatter() throws {
        let joined = try read(parts)
        #expect(joined.parts.map(\.frontMatter) == [0, 1, 1])
        #expect(joined.parts.map(\.joined) == [1...6, 7...8, 9...13])
        #expect(joined.place(of: 7) == (1, 2) && joined.place(of: 13) == (2, 6))
    }

    @Test func pagesAreNamedAsEachPartNumbersThem() throws {
        let joined = try read(parts)
        #expect(joined.describe(5...7) == "tip-2025-part1.pdf p. 5 – tip-2025-part2.pdf p. 2")
        #expect(joined.describe(9...10) == "tip-2025-part3.pdf pages 2-3")
        #expect(joined.describe(4...4) == "tip-2025-part1.pdf page 4")
        // The warnings of the joined narratives name pages so too.
        #expect(
            ReportNarratives.otherSideTab(["Fiji"], country: "Chile", pages: 5...7, pageNames: joined.describe)
                == "the side tabs on its tip-2025-part1.pdf p. 5 – tip-2025-part2.pdf p. 2 name Fiji, not Chile")
    }

    @Test func theNarrativeAcrossEachJoinIsWholeSentenceForSentence() throws {
        let joined = try read(parts)
        let crossing = try manifest("tip-2025")["crossing_joins"] as! [String]
        #expect(crossing == ["Chile", "Fiji"])
        for country in crossing {
            let narrative = try #require(joined.found.narratives.first { $0.country == country })
            #expect(joined.place(of: narrative.pages.lowerBound).part + 1 == joined.place(of: narrative.pages.upperBound).part)
            let source = try EditionLoader().edition(at: Fixtures.path("parts/2025/\(country.lowercased()).txt"))
            let imported = try TextImporter().edition(from: narrative.text, path: "imported.txt", sha256: "", format: .text)
            #expect(Structure(imported) == Structure(source))
            #expect(imported.sections.flatMap(\.sentences).map(\.text) == source.sections.flatMap(\.sentences).map(\.text))
        }
    }

    @Test func theManifestListsThePartsTheirLettersAndTheJoins() throws {
        let listed = try manifest("tip-2025")
        #expect(listed["illustrative"] as? Bool == true && listed["preset"] as? String == "like-real")
        let parts = listed["parts"] as! [[String: Any]]
        #expect(parts.map { $0["file"] as! String } == ["tip-2025-part1.pdf", "tip-2025-part2.pdf", "tip-2025-part3.pdf"])
        #expect(parts.map { $0["letters"] as! String } == ["B-C", "C-F", "F-T"])
        #expect(try manifest("tip-2025-whole")["illustrative"] as? Bool == true)
        for path in self.parts + [Fixtures.path("parts/tip-2025-whole.pdf")] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count < 100_000, "\(path)")
        }
    }

    @Test func aCountryInTwoPartsIsAnErrorNamingBothFiles() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-parts-\(UUID().uuidString).pdf").path
        try FileManager.default.copyItem(atPath: parts[1], toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let error = #expect(throws: EditionError.self) { try read(parts + [copy]) }
        #expect(error?.location.path == copy)
        #expect(
            error?.message.hasPrefix("Fiji is in two parts: \(parts[1]) (page 2) and \(copy) (page 2)") == true,
            "\(String(describing: error))")
    }

    @Test func partsOutOfOrderAreRefusedNamingBothFiles() throws {
        let error = #expect(throws: EditionError.self) { try read([parts[1], parts[0], parts[2]]) }
        #expect(
            error?.message
                == "the parts are out of order: \(parts[1]) ends with Fiji, and \(parts[0]) begins with Belize, which comes before it in the report; give the parts in the report's order"
        )
    }

    @Test func aMissingPartIsWarnedOfBySideTabOfTheNextPart() throws {
        let joined = try read([parts[0], parts[2]])
        let chile = try #require(joined.found.narratives.first { $0.country == "Chile" })
        #expect(chile.suspicion?.contains("is a part missing before \(parts[2])?") == true, "\(String(describing: chile.suspicion))")
    }

    @Test func theReportsOrderIsAlphabeticalWithTheSpecialCasesLast() {
        #expect(ReportParts.inReportOrder(("Azerbaijan", .tier2), ("The Bahamas", .tier1)))
        #expect(ReportParts.inReportOrder(("Costa Rica", .tier2), ("Côte d’Ivoire", .tier2)))
        #expect(ReportParts.inReportOrder(("Zimbabwe", .tier2), ("Libya", .specialCase)))
        #expect(!ReportParts.inReportOrder(("Libya", .specialCase), ("Afghanistan", .tier3)))
        #expect(!ReportParts.inReportOrder(("Fiji", .tier2), ("Belize", .tier3)))
    }
}
