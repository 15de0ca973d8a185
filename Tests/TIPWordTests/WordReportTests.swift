import Foundation
import TIPAnnotations
import TIPModel
import TIPParsing
import TIPReport
import TIPTestSupport
import TIPXML
import Testing
import ZIPFoundation

@testable import TIPDiff
@testable import TIPWord

private let notesYAML = """
    edition: Reports/2025/cuba.txt
    notes:
      - id: figure
        author: Ana Ruiz
        date: 2026-11-20
        status: resolved
        tags: [figures]
        note: Check the source of this figure.
        anchor: {statistic: prosecution.investigations.domestic}
      - id: quoted
        note: A quote note.
        anchor: {quote: "confiscates between 75 and 95 percent", section: profile}
      - id: gone
        note: This text is not in the edition.
        anchor: {quote: "a sentence no edition ever contained about lighthouses"}
    """

private let w = ["w": WordNamespace.main]

/// The Word document: its parts, its bytes, its tracked changes read back, its comments, and the chart.
@Suite struct WordReportTests {
    private func report() throws -> Report {
        let comparison = Comparison(countries: [Differ().compare(try Seed.edited(), try Seed.edition())])
        let notes = AnnotationSet(files: [try AnnotationReader().parse(notesYAML, path: "Annotations/test.yaml")])
        return ReportBuilder(tool: "tipdiff test").report(comparison, notes: notes)
    }

    private func parts(_ bytes: [UInt8]) throws -> [(String, [UInt8])] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, [UInt8](data))
        }
    }

    private func part(_ name: String, of bytes: [UInt8]) throws -> XMLDocument {
        let found = try parts(bytes).first { $0.0 == name }
        return try XMLDocument(bytes: try #require(found).1, url: name)
    }

    @Test func theDocumentHoldsEveryPartInAFixedOrder() throws {
        let names = try parts(WordReport.bytes(report())).map(\.0)
        #expect(
            names == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/_rels/document.xml.rels",
                "word/document.xml", "word/styles.xml", "word/settings.xml", "word/comments.xml", "word/commentsExtended.xml",
            ])
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let report = try report()
        let first = try WordReport.bytes(report)
        #expect(first == (try WordReport.bytes(report)))
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func theChangedFigureIsATrackedDeletionAndInsertion() throws {
        let document = try part("word/document.xml", of: WordReport.bytes(report()))
        let inserted = try document.strings("//w:ins//w:t", namespaces: w).joined()
        let deleted = try document.strings("//w:del//w:delText", namespaces: w).joined()
        // The older edition said "9" and "any procedures"; the newer "14" and "procedures".
        #expect(inserted.contains("14") && !inserted.contains("any"))
        #expect(deleted.contains("9") && deleted.contains("any"))
        let authors = Set(try document.strings("//w:ins/@w:author | //w:del/@w:author", namespaces: w))
        #expect(authors == ["TIP 2025 edition (changes from 2024)"])
        #expect(Set(try document.strings("//w:ins/@w:date", namespaces: w)) == ["2025-01-01T00:00:00Z"])
    }

    @Test func aRangeIsWrittenByBothEndsAndRestatedFiguresAreNotThisYearsChanges() throws {
        let loader = EditionLoader()
        let comparison = Comparison(countries: [
            Differ().compare(
                ComparedEdition(try loader.edition(at: Seed.path("Reports/2024/cuba.txt"))),
                ComparedEdition(try loader.edition(at: Seed.path("Reports/2025/cuba.txt"))))
        ])
        let report = ReportBuilder(tool: "tipdiff test").report(comparison, notes: AnnotationSet(files: []))
        let document = try part("word/document.xml", of: WordReport.bytes(report))
        let paragraphs = try document.strings("//w:p", namespaces: w)
        let largest = paragraphs.drop { $0 != "Largest changes in this year's figures" }.dropFirst().prefix { $0.hasPrefix("• ") }
        #expect(largest.count == 5)
        #expect(largest.first == "• Prosecutions: 6 → 20 (+14, +233.3%) (prosecution)")
        #expect(!largest.contains { $0.contains("Sentences") }, "a range has no single percent to rank it by")
        let cells = try document.strings("//w:tc", namespaces: w)
        #expect(cells.contains("4-20") && cells.contains("3-20"), "the figures table gives both ends of a range")
        #expect(!paragraphs.contains { $0.contains("4 → 3") })
    }

    @Test func acceptingEveryChangeGivesTheNewerSectionAndRejectingTheOlder() throws {
        let report = try report()
        let document = try part("word/document.xml", of: WordReport.bytes(report))
        let country = report.comparison.countries[0]
        for kind in [SectionKind.prosecution, .protection, .profile] {
            // The paragraphs whose nearest heading before them is the section's.
            let section =
                "//w:body/w:p[not(w:pPr/w:pStyle)][preceding-sibling::w:p[w:pPr/w:pStyle][1]//w:bookmarkStart/@w:name='tipdiff_c1_\(kind.rawValue)_0']"
            let accepted = try document.strings("\(section)//w:t[not(ancestor::w:del or ancestor::w:moveFrom)]", namespaces: w).joined()
            let rejected = try document.strings(
                "\(section)//*[(self::w:t and not(ancestor::w:ins or ancestor::w:moveTo)) or self::w:delText]", namespaces: w
            ).joined()
            // The texts of all the paragraphs run together: white space aside.
            let squash = { (text: String) in String(text.filter { !$0.isWhitespace }) }
            let new = try #require(country.new.edition.section(kind)).sentences.map(\.text).joined(separator: " ")
            let old = try #require(country.old.edition.section(kind)).sentences.map(\.text).joined(separator: " ")
            #expect(squash(accepted) == squash(new), "\(kind)")
            #expect(squash(rejected) == squash(old), "\(kind)")
            #expect(old != new || kind == .profile)
        }
    }

    @Test func everyNoteIsACommentWithARangeAndTheQuoteIsItsRange() throws {
        let bytes = try WordReport.bytes(report())
        let comments = try part("word/comments.xml", of: bytes)
        let document = try part("word/document.xml", of: bytes)
        #expect(try comments.strings("//w:comment/@w:id", namespaces: w) == ["0", "1", "2"])
        #expect(try document.strings("//w:commentRangeStart/@w:id", namespaces: w).sorted() == ["0", "1", "2"])
        #expect(try document.strings("//w:commentReference/@w:id", namespaces: w).sorted() == ["0", "1", "2"])
        #expect(try comments.strings("//w:comment[@w:author='Ana Ruiz']/@w:date", namespaces: w) == ["2026-11-20T00:00:00Z"])
        #expect(try comments.strings("//w:comment[@w:author='Ana Ruiz']", namespaces: w).joined().contains("Tags: figures"))
        // The quote note's range is the quote itself: the run right after its range opens.
        let quoted = try document.strings(
            "//w:r[preceding-sibling::*[1][self::w:commentRangeStart] and following-sibling::*[1][self::w:commentRangeEnd]]", namespaces: w)
        #expect(quoted.contains("confiscates between 75 and 95 percent"))
        let extended = try part("word/commentsExtended.xml", of: bytes)
        let done = try extended.strings("//*[local-name()='commentEx']/@*[local-name()='done']")
        #expect(done.filter { $0 == "1" }.count == 1)
    }

    @Test func headingsUseTheHeadingStylesWithOutlineLevels() throws {
        let bytes = try WordReport.bytes(report())
        let styles = try part("word/styles.xml", of: bytes)
        #expect(
            try styles.strings("//w:style[w:outlineLvl or w:pPr/w:outlineLvl]/@w:styleId", namespaces: w) == [
                "Heading1", "Heading2", "Heading3",
            ])
        let document = try part("word/document.xml", of: bytes)
        let used = Set(try document.strings("//w:pStyle/@w:val", namespaces: w))
        #expect(used.isSuperset(of: ["Title", "Heading1", "Heading2", "Heading3"]))
        // Word takes bookmark names of up to 40 characters, each once.
        let bookmarks = try document.strings("//w:bookmarkStart/@w:name", namespaces: w)
        #expect(bookmarks.contains("tipdiff_c1") && bookmarks.contains("tipdiff_c1_prosecution_0"))
        #expect(Set(bookmarks).count == bookmarks.count && bookmarks.allSatisfy { $0.count <= 40 })
        let core = try part("docProps/core.xml", of: bytes)
        #expect(try core.strings("//*[local-name()='description']").joined().contains("Reports/2024/cuba.txt (sha256 "))
    }

    @Test func mergingKeepsEachSideInItsOwnOrder() {
        // Old: A B C D; new: B' A X D with A moved after B, C removed, X added.
        let alignment = SentenceAlignment(
            pairs: [
                .init(old: 0, new: 1, isExact: true, isMoved: true), .init(old: 1, new: 0, isExact: false, isMoved: false),
                .init(old: 3, new: 3, isExact: true, isMoved: false),
            ],
            unmatchedOld: [2], unmatchedNew: [2])
        let merge = NarrativeMerge(oldCount: 4, newCount: 4, alignment: alignment, paragraphOf: [0, 0, 1, 1])
        var newSide: [Int] = []
        var oldSide: [Int] = []
        for (unit, _) in merge.units {
            switch unit {
            case .kept(let o, let n): (oldSide, newSide) = (oldSide + [o], newSide + [n])
            case .inserted(let n), .movedTo(_, let n): newSide.append(n)
            case .deleted(let o), .movedFrom(let o, _): oldSide.append(o)
            }
        }
        #expect(newSide == [0, 1, 2, 3])
        #expect(oldSide == [0, 1, 2, 3])
        #expect(merge.units.map(\.unit).contains(.movedFrom(old: 0, new: 1)))
        #expect(merge.units.map(\.unit).contains(.movedTo(old: 0, new: 1)))
    }

    @Test func aPairThatGoesBackOnTheOldOrderIsMoved() {
        let alignment = SentenceAlignment(
            pairs: [.init(old: 0, new: 1, isExact: true, isMoved: false), .init(old: 1, new: 0, isExact: true, isMoved: false)],
            unmatchedOld: [], unmatchedNew: [])
        let merge = NarrativeMerge(oldCount: 2, newCount: 2, alignment: alignment, paragraphOf: [0, 0])
        #expect(merge.units.map(\.unit) == [.movedFrom(old: 0, new: 1), .kept(old: 1, new: 0), .movedTo(old: 0, new: 1)])
    }

    @Test func everyChartRowCitesTheEditionItQuotes() throws {
        let report = try report()
        let chart = ComparisonChart(report)
        #expect(!chart.rows.isEmpty)
        let old = report.comparison.countries[0].old.edition.source
        let new = report.comparison.countries[0].new.edition.source
        for row in chart.rows {
            #expect(row.oldPlace == nil || row.oldPlace?.sha256 == old.sha256)
            #expect(row.newPlace == nil || row.newPlace?.sha256 == new.sha256)
            #expect(row.oldPlace != nil || row.newPlace != nil)
        }
        let figure = try #require(chart.rows.first { $0.kind.hasPrefix("figure changed") })
        #expect(figure.notes.count == 1 && figure.notes[0].hasPrefix("Ana Ruiz, 2026-11-20 (resolved; tags: figures)"))
        let csv = ChartCSV.render(chart)
        #expect(csv.hasPrefix(ChartCSV.header.joined(separator: ",") + "\r\n"))
        #expect(csv.components(separatedBy: "\r\n").filter { $0.contains(new.sha256) }.count >= 1)
        let docx = try ChartDocx.bytes(chart, tool: "t")
        let table = try part("word/document.xml", of: docx)
        #expect(try table.strings("//w:tr", namespaces: w).count == chart.rows.count + 1)
    }
}
