import Foundation
import TIPModel
import TIPSupport

/// A PDF's pages read into lines (glyphs dropped), before running furniture, footnotes and paragraphs are
/// worked out: what `PDFText` is built from, and what the parts of a year published in several PDFs are
/// joined as, so that a narrative running from one part into the next reads as it does in the whole.
public struct PDFPages: Sendable {
    /// Each page with its lines, in order.
    public var pages: [(page: PDFPage, lines: [PDFLine])]
    /// The pages read (from 1).
    public var range: ClosedRange<Int>
    /// What poppler reported while it opened the file, if anything.
    public var documentDamage: PDFDamage?

    public init(pages: [(page: PDFPage, lines: [PDFLine])], range: ClosedRange<Int>, documentDamage: PDFDamage? = nil) {
        (self.pages, self.range, self.documentDamage) = (pages, range, documentDamage)
    }

    /// Reads `pages` (from 1; all of them by default, `limit` at most) of the PDF in `bytes`, on every core:
    /// each worker opens its own copy of the document (poppler's documents are not shared between threads)
    /// and reads a run of pages into lines, keeping no glyphs.
    public init(bytes: [UInt8], pages wanted: ClosedRange<Int>? = nil, limit: Int = PDFText.maximumPages) throws(PDFFailure) {
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
                    (page.glyphs, page.overprinted) = Overprint.removed(from: page.glyphs)
                    let lines = LineAssembler.lines(ofReadOnce: page)
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
        self.init(pages: pages, range: range, documentDamage: opened.damage)
    }

    /// The pages of `parts` one after another, numbered again from 1 (their lines, side texts and damage
    /// with them); the parts' own damage on opening is not carried over.
    public init(joining parts: [PDFPages]) {
        var pages: [(page: PDFPage, lines: [PDFLine])] = []
        for part in parts {
            for (page, lines) in part.pages {
                let number = pages.count + 1
                var renumbered = page
                renumbered.number = number
                renumbered.aside = page.aside.map { AsideText(page: number, text: $0.text) }
                renumbered.damage = page.damage.map { PDFDamage(page: number, count: $0.count, first: $0.first) }
                pages.append(
                    (
                        renumbered,
                        lines.map { line in
                            var line = line
                            line.page = number
                            return line
                        }
                    ))
            }
        }
        self.init(pages: pages, range: 1...max(1, pages.count))
    }
}
