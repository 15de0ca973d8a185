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
}
