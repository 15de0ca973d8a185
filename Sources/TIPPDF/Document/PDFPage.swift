/// One page's text as glyphs in poppler's order, with the page's size and the names of its fonts.
public struct PDFPage: Sendable {
    /// From 1.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [PDFGlyph]
    public var fonts: [String]
    /// What poppler reported while it read the page, if anything.
    public var damage: PDFDamage?
    /// Text not in the body's reading direction, taken out of `glyphs` (`ReadingDirection`).
    public var aside: [AsideText] = []
    /// Glyphs taken out of `glyphs` as printed again over themselves (`Overprint`).
    public var overprinted = 0

    public init(number: Int, width: Double, height: Double, glyphs: [PDFGlyph], fonts: [String]) {
        (self.number, self.width, self.height, self.glyphs, self.fonts) = (number, width, height, glyphs, fonts)
    }

    /// Which of the page's fonts are bold faces, by font index.
    public var boldFonts: [Bool] {
        fonts.map { name in
            let lower = name.lowercased()
            return lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
        }
    }

    /// Which of the page's fonts are italic or oblique faces, by font index.
    public var italicFonts: [Bool] { fonts.map(FontFace.isItalic) }
}
