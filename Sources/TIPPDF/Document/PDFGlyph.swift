/// One character of a page as poppler laid it out: the character, its box in points from the page's top
/// left, its font size and its font (an index into the page's font names).
public struct PDFGlyph: Sendable, Equatable {
    public var scalar: Unicode.Scalar
    public var x0: Float
    public var y0: Float
    public var x1: Float
    public var y1: Float
    public var size: Float
    public var font: UInt16

    public init(scalar: Unicode.Scalar, x0: Float, y0: Float, x1: Float, y1: Float, size: Float, font: UInt16) {
        (self.scalar, self.x0, self.y0, self.x1, self.y1, self.size, self.font) = (scalar, x0, y0, x1, y1, size, font)
    }
}
