/// Damage poppler reported while it read a PDF: where (a page, or the file as a whole when it was opened),
/// how many messages, and the first of them.
public struct PDFDamage: Sendable, Equatable, CustomStringConvertible {
    /// The page (from 1), or `nil` for damage met while opening the file (a rebuilt cross-reference table).
    public var page: Int?
    /// How many messages poppler gave.
    public var count: Int
    /// The first of them, as poppler wrote it.
    public var first: String

    public init(page: Int?, count: Int, first: String) {
        (self.page, self.count, self.first) = (page, count, first)
    }

    /// "page 7: poppler reports damage (212 messages, the first: Syntax error ...)".
    public var description: String {
        let place = page.map { "page \($0)" } ?? "the file"
        let messages = count == 1 ? "\(first)" : "\(count) messages, the first: \(first)"
        return "\(place): poppler reports damage (\(messages))"
    }
}
