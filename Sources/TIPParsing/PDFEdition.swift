/// A PDF read as text for the importers: the whole report for `tipdiff import`, or one narrative as an
/// edition. What poppler cannot read becomes an edition error that names the file.
import TIPModel
import TIPPDF

public enum PDFEdition {
    /// Reports over a gigabyte are refused before they are read.
    public static let maximumBytes = 1 << 30

    /// The text of `pages` (from 1; all by default) of the PDF at `path`.
    public static func text(ofReportAt path: String, pages: ClosedRange<Int>? = nil) throws(EditionError) -> PDFText {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path, limit: maximumBytes) } catch {
            switch error {
            case .missing: throw .missing(SourceLocation(path: path))
            default: throw .unreadable(SourceLocation(path: path), reason: error.message)
            }
        }
        return try text(of: bytes, path: path, pages: pages)
    }

    /// The same from the file's bytes.
    public static func text(of bytes: [UInt8], path: String, pages: ClosedRange<Int>? = nil) throws(EditionError) -> PDFText {
        guard !bytes.isEmpty else { throw .empty(SourceLocation(path: path)) }
        do {
            return try PDFText(bytes: bytes, pages: pages)
        } catch {
            throw .undecodable(SourceLocation(path: path), reason: error.description)
        }
    }

    /// Damage poppler reported as warnings naming the file and the page: at most `limit` pages by name,
    /// then how many more; and, for a damaged file, the pages it found no text on.
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
        return warnings
    }
}
