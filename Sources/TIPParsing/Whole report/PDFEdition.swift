import TIPModel
import TIPPDF
import TIPSupport

/// A PDF read as text for the importers: the whole report for `tipdiff import`, or one narrative as an
/// edition. What poppler cannot read becomes an edition error that names the file.
public enum PDFEdition {
    /// Reports over a gigabyte are refused before they are read.
    public static let maximumBytes = 1 << 30

    /// The text of `pages` (from 1; all by default) of the PDF at `path`.
    public static func text(ofReportAt path: String, pages: ClosedRange<Int>? = nil) throws(EditionError) -> PDFText {
        PDFText(try self.pages(ofReportAt: path, pages: pages))
    }

    /// The same from the file's bytes.
    public static func text(of bytes: [UInt8], path: String, pages: ClosedRange<Int>? = nil) throws(EditionError) -> PDFText {
        PDFText(try self.pages(of: bytes, path: path, pages: pages))
    }

    /// The lines of `pages` (from 1; all by default) of the PDF at `path`, before they become a text.
    public static func pages(ofReportAt path: String, pages: ClosedRange<Int>? = nil) throws(EditionError) -> PDFPages {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path, limit: maximumBytes) } catch { throw EditionError(error, path: path) }
        return try self.pages(of: bytes, path: path, pages: pages)
    }

    /// The same from the file's bytes.
    public static func pages(of bytes: [UInt8], path: String, pages: ClosedRange<Int>? = nil) throws(EditionError) -> PDFPages {
        guard !bytes.isEmpty else { throw .empty(SourceLocation(path: path)) }
        do {
            return try PDFPages(bytes: bytes, pages: pages)
        } catch {
            if case .tooManyPages = error { throw .tooManyPages(SourceLocation(path: path), reason: error.description) }
            throw .undecodable(SourceLocation(path: path), reason: error.description)
        }
    }

    /// Damage poppler reported as warnings naming the file and the page: at most `limit` pages by name,
    /// then how many more; for a damaged file, the pages it found no text on; and each page with lines of
    /// font garbage left out (at most `limit` pages by name), with the first of them.
    public static func warnings(_ text: PDFText, path: String, limit: Int = 10) -> [Diagnostic] {
        let location = SourceLocation(path: path)
        var warnings = text.damage.prefix(limit).map { Diagnostic(.warning, location: location, message: $0.description) }
        if text.damage.count > limit {
            warnings.append(
                Diagnostic(.warning, location: location, message: "poppler reports damage on \(text.damage.count - limit) more pages"))
        }
        if !text.damage.isEmpty, !text.pagesWithoutText.isEmpty {
            let pages = text.pagesWithoutText
            let named =
                pages.prefix(limit).map(String.init).joined(separator: ", ")
                + (pages.count > limit ? " and \(pages.count - limit) more" : "")
            warnings.append(
                Diagnostic(
                    .warning, location: location,
                    message: "no text on page\(pages.count == 1 ? "" : "s") \(named) of this damaged file: what they held is missing"))
        }
        return warnings + garbageWarnings(text.garbage, location: location, limit: limit)
    }

    /// "page 5: 2 lines of font garbage left out (glyphs with no Unicode mapping, or no word in them), the
    /// first: ..." for each page in turn, at most `limit` pages by name, then how many more.
    static func garbageWarnings(_ garbage: [AsideText], location: SourceLocation, limit: Int) -> [Diagnostic] {
        var pages: [(page: Int, lines: [String])] = []
        for line in garbage {
            if pages.last?.page == line.page {
                pages[pages.count - 1].lines.append(line.text)
            } else {
                pages.append((line.page, [line.text]))
            }
        }
        var warnings = pages.prefix(limit).map { page in
            let count = page.lines.count == 1 ? "1 line" : "\(page.lines.count) lines"
            let first = page.lines.count == 1 ? "" : ", the first"
            return Diagnostic(
                .warning, location: location,
                message:
                    "page \(page.page): \(count) of font garbage left out (glyphs with no Unicode mapping, or no word in \(page.lines.count == 1 ? "it" : "them"))\(first): \"\(page.lines[0])\""
            )
        }
        if pages.count > limit {
            warnings.append(
                Diagnostic(.warning, location: location, message: "font garbage left out on \(pages.count - limit) more pages"))
        }
        return warnings
    }
}
