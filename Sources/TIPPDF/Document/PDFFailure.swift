/// Why a PDF cannot be read.
public enum PDFFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes do not start like a PDF.
    case notPDF
    /// No end-of-file marker: the file was cut short.
    case truncated
    /// The file needs a password.
    case encrypted
    /// Poppler could not read it.
    case damaged(String)
    /// Not one page has text: a scanned report.
    case noTextLayer
    /// Pages asked for that the document does not have.
    case noSuchPages(ClosedRange<Int>, count: Int)
    /// More pages asked for than one read takes (`PDFText.maximumPages`).
    case tooManyPages(Int, limit: Int)

    public var description: String {
        switch self {
        case .notPDF: "not a PDF file (no %PDF- header)"
        case .truncated: "the PDF is truncated (no %%EOF end marker): download it again"
        case .encrypted: "the PDF is encrypted: save an unprotected copy first"
        case .damaged(let reason): "the PDF is damaged: \(reason)"
        case .noTextLayer: "no text layer (a scanned document): run OCR first"
        case .noSuchPages(let range, let count):
            "no pages \(range.lowerBound)-\(range.upperBound): the PDF has \(count) page\(count == 1 ? "" : "s")"
        case .tooManyPages(let count, let limit):
            "\(count) pages to read, more than the \(limit) one import reads (a year's report has about 600)"
        }
    }
}
