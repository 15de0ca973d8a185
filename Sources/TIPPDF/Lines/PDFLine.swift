/// A line of text on a page: its characters, its box (points from the page's top left), the size of most of
/// its characters, whether most of its letters are bold, whether nearly all are italic, and the family of most of its letters' fonts.
public struct PDFLine: Sendable, Equatable {
    public var text: String
    public var page: Int
    public var x0: Float
    public var x1: Float
    public var top: Float
    public var bottom: Float
    /// The font size most of its characters have.
    public var size: Float
    public var isBold: Bool
    /// Nine in ten of its letters at least are in an italic face.
    public var isItalic = false
    /// The font family most of its letters are set in ("Times" for "Times-Italic"); empty when unknown.
    public var family = ""
    /// It comes right after text set apart from the column's flow (a caption, a box) that was left out, so
    /// the gap above it is not a paragraph's.
    public var followsSetApart = false
    /// Footnote markers (small raised figures) taken out of the line.
    public var markersRemoved: Int = 0
    /// Where the text after a leading bullet starts (a list item's hanging indent).
    public var hangingX: Float?
    /// The column the line sits in: 0 for the only or the left one, 1 for the right one.
    public var column = 0
    /// The left and right edges of its column on its page.
    public var columnLeft: Float = 0
    public var columnRight: Float = 0

    public init(text: String, page: Int, x0: Float, x1: Float, top: Float, bottom: Float, size: Float, isBold: Bool) {
        (self.text, self.page, self.x0, self.x1, self.top, self.bottom, self.size, self.isBold) =
            (text, page, x0, x1, top, bottom, size, isBold)
    }

    public var width: Float { x1 - x0 }
}
