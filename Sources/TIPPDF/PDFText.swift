/// A PDF's text as a reader sees it: lines put together from the glyphs, running heads, feet and page
/// numbers removed, footnotes and their markers left out, columns read in turn, and paragraphs rebuilt
/// with words broken at line ends joined.
import Foundation
import TIPModel

public struct PDFText: Sendable {
    public var paragraphs: [PDFParagraph]
    /// The pages read (from 1).
    public var pages: ClosedRange<Int>
    /// Lines dropped as running heads, feet or page numbers.
    public var furnitureRemoved: Int
    /// Lines dropped as footnotes or other small print, and markers taken out of the text.
    public var footnoteLinesRemoved: Int
    public var markersRemoved: Int
    /// The body's font size.
    public var bodySize: Float
    /// What poppler reported as damage, the file's first, then page by page; empty for a sound file.
    public var damage: [PDFDamage] = []
    /// Pages (from 1) on which poppler found no text at all.
    public var pagesWithoutText: [Int] = []
    /// Text left out because it does not run in the body's reading direction (side tabs), page by page.
    public var aside: [AsideText] = []
    /// Lines dropped as text set apart from the column's flow (captions, boxes: `SetApartText`), and each
    /// block of them with what it said.
    public var captionLinesRemoved = 0
    public var setApart: [AsideText] = []
    /// Lines of font garbage left out (`FontGarbage`), each with its page and what poppler gave.
    public var garbage: [AsideText] = []

    /// Reads `pages` (from 1; all of them by default, `limit` at most) of the PDF in `bytes`, on every core: each worker opens
    /// its own copy of the document (poppler's documents are not shared between threads) and reads a run of
    /// pages into lines, keeping no glyphs.
    /// At most this many pages are read at once: a year's report has about 600, and reading takes about
    /// 6 ms of cpu a page, so a file past this is refused before it is read rather than read for minutes.
    public static let maximumPages = 5_000

    public init(bytes: [UInt8], pages wanted: ClosedRange<Int>? = nil, limit: Int = maximumPages) throws(PDFFailure) {
        let opened = try PDFDocument(bytes: bytes)
        let count = opened.pageCount
        let range = wanted ?? 1...max(1, count)
        guard count > 0, range.lowerBound >= 1, range.upperBound <= count else {
            throw .noSuchPages(range, count: count)
        }
        guard range.count <= limit else { throw .tooManyPages(range.count, limit: limit) }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, range.count / 16))
        let size = (range.count + workers - 1) / workers
        let runs = stride(from: range.lowerBound, through: range.upperBound, by: size).map { $0...min($0 + size - 1, range.upperBound) }
        let read = Parallel.map(runs) { run -> Result<[(page: PDFPage, lines: [PDFLine])], PDFFailure> in
            do throws(PDFFailure) {
                let document = try PDFDocument(bytes: bytes)
                var pages: [(page: PDFPage, lines: [PDFLine])] = []
                for number in run {
                    var page = try document.page(number - 1)
                    (page.glyphs, page.aside) = ReadingDirection.split(page.glyphs, page: number)
                    let lines = LineAssembler.lines(of: page)
                    page.glyphs = []
                    pages.append((page, lines))
                }
                return .success(pages)
            } catch {
                return .failure(error)
            }
        }
        var pages: [(page: PDFPage, lines: [PDFLine])] = []
        for result in read {
            switch result {
            case .success(let run): pages += run
            case .failure(let error): throw error
            }
        }
        guard pages.contains(where: { !$0.lines.isEmpty }) else { throw .noTextLayer }
        self.init(pages: pages, range: range)
        damage = (opened.damage.map { [$0] } ?? []) + pages.compactMap(\.page.damage)
        pagesWithoutText = pages.filter { $0.lines.isEmpty }.map(\.page.number)
    }

    /// The same from pages already read, for tests that lay out glyphs themselves.
    public init(pages read: [(page: PDFPage, lines: [PDFLine])], range: ClosedRange<Int>) {
        pages = range
        aside = read.flatMap(\.page.aside)
        let (kept, furniture) = RunningFurniture.removed(from: read)
        furnitureRemoved = furniture
        var sizes: [Float: Int] = [:]
        for lines in kept { for line in lines { sizes[line.size, default: 0] += line.text.count } }
        bodySize = sizes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 10
        let size = bodySize
        var families: [String: Int] = [:]
        for lines in kept { for line in lines where line.size == size { families[line.family, default: 0] += line.text.count } }
        let family = families.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
        let leading = RunningFurniture.typicalLeading(kept.map { $0.filter { $0.size == size } })
        // Footnotes and other small print leave first, so that a footnote across the page foot does not
        // hide the gutter of a page in two columns.
        let smallPrint = { (line: PDFLine) in line.size < 0.85 * size }
        let body = kept.map { $0.filter { !smallPrint($0) } }
        footnoteLinesRemoved = kept.reduce(0) { $0 + $1.filter(smallPrint).count }
        let ordered = body.flatMap(ReadingOrder.ordered)
        markersRemoved = ordered.reduce(0) { $0 + $1.markersRemoved }
        // Garbage lines leave before blocks are looked for, so that one does not split a caption in two.
        var clean: [PDFLine] = []
        clean.reserveCapacity(ordered.count)
        var afterGarbage = false
        for var line in ordered {
            if FontGarbage.isGarbage(line.text) {
                garbage.append(AsideText(page: line.page, text: line.text))
                afterGarbage = true
            } else {
                if afterGarbage { line.followsSetApart = true }
                afterGarbage = false
                clean.append(line)
            }
        }
        let lines: [PDFLine]
        (lines, setApart, captionLinesRemoved) = SetApartText.removed(
            from: clean, body: .init(size: size, family: family, leading: leading))
        paragraphs = ParagraphBuilder(lines: lines, bodySize: bodySize, leading: leading).paragraphs(lines)
    }

    /// The text: headings and paragraphs on lines of their own, a blank line between them.
    public var text: String {
        paragraphs.map(\.text).joined(separator: "\n\n") + "\n"
    }
}
