/// A paragraph of a PDF's text: one line of the body, a list item or a heading, with the page it starts on.
public struct PDFParagraph: Sendable, Equatable {
    public var text: String
    /// Set apart from the body by a bold face or a larger size.
    public var isHeading: Bool
    /// The font size of its first line.
    public var size: Float
    /// The page it starts on (from 1).
    public var page: Int

    public init(text: String, isHeading: Bool, size: Float, page: Int) {
        (self.text, self.isHeading, self.size, self.page) = (text, isHeading, size, page)
    }
}
