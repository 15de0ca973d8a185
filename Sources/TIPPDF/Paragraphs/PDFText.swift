import Foundation
import TIPModel

/// A PDF's text as a reader sees it: lines put together from the glyphs, running heads, feet and page
/// numbers removed, footnotes and their markers left out, columns read in turn, and paragraphs rebuilt
/// with words broken at line ends joined.
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
    /// Glyphs read once that were printed twice over (fake-bold headings).
    public var overprinted = 0
    /// Lines dropped as text set apart from the column's flow (captions, boxes: `SetApartText`), and each
    /// block of them with what it said.
    public var captionLinesRemoved = 0
    public var setApart: [AsideText] = []
    /// Lines of font garbage left out (`FontGarbage`), each with its page and what poppler gave.
    public var garbage: [AsideText] = []

    /// At most this many pages are read at once: a year's report has about 600, and reading takes about
    /// 6 ms of cpu a page, so a file past this is refused before it is read rather than read for minutes.
    public static let maximumPages = 5_000

    /// Reads `pages` (from 1; all of them by default, `limit` at most) of the PDF in `bytes`, on every core
    /// (`PDFPages`).
    public init(bytes: [UInt8], pages wanted: ClosedRange<Int>? = nil, limit: Int = maximumPages) throws(PDFFailure) {
        self.init(try PDFPages(bytes: bytes, pages: wanted, limit: limit))
    }

    /// The text of pages read, with the damage poppler reported on them.
    public init(_ read: PDFPages) {
        self.init(pages: read.pages, range: read.range)
        damage = (read.documentDamage.map { [$0] } ?? []) + read.pages.compactMap(\.page.damage)
        pagesWithoutText = read.pages.filter { $0.lines.isEmpty }.map(\.page.number)
    }

    /// The same from pages already read, for tests that lay out glyphs themselves.
    public init(pages read: [(page: PDFPage, lines: [PDFLine])], range: ClosedRange<Int>) {
        pages = range
        aside = read.flatMap(\.page.aside)
        overprinted = read.reduce(0) { $0 + $1.page.overprinted }
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
