import TIPXML

/// word/styles.xml: Normal, Title, Heading 1 to 3 with outline levels (Word's navigation pane reads them), the
/// table and comment styles.
enum WordStyles {
    private struct Style {
        var id: String
        var name: String
        var outline: Int?
        var size: Int
        var bold = false
        var spaceBefore = 0
        var spaceAfter = 120
        var kind = "paragraph"
    }

    private static let paragraphs: [Style] = [
        Style(id: "Normal", name: "Normal", size: 22),
        Style(id: "Title", name: "Title", size: 40, bold: true, spaceAfter: 240),
        Style(id: "Heading1", name: "heading 1", outline: 0, size: 32, bold: true, spaceBefore: 360),
        Style(id: "Heading2", name: "heading 2", outline: 1, size: 26, bold: true, spaceBefore: 240),
        Style(id: "Heading3", name: "heading 3", outline: 2, size: 23, bold: true, spaceBefore: 200),
        Style(id: "TableText", name: "Table Text", size: 18, spaceAfter: 0),
        Style(id: "CommentText", name: "annotation text", size: 20, spaceAfter: 0),
    ]

    static func bytes() throws(XMLFailure) -> [UInt8] {
        let w = try XMLWriter(indented: false, standalone: true)
        try w.start("w:styles")
        try w.attribute("xmlns:w", WordNamespace.main)
        try w.start("w:docDefaults")
        try w.start("w:rPrDefault")
        try w.start("w:rPr")
        try w.start("w:rFonts")
        for slot in ["w:ascii", "w:hAnsi", "w:cs"] { try w.attribute(slot, "Liberation Serif") }
        try w.end()
        try w.start("w:lang")
        try w.attribute("w:val", "en-US")
        try w.end()
        try w.end()
        try w.end()
        try w.end()
        for style in paragraphs {
            try w.start("w:style")
            try w.attribute("w:type", style.kind)
            if style.id == "Normal" { try w.attribute("w:default", "1") }
            try w.attribute("w:styleId", style.id)
            try val(w, "w:name", style.name)
            if style.id != "Normal" { try val(w, "w:basedOn", "Normal") }
            try val(w, "w:next", "Normal")
            try w.start("w:qFormat")
            try w.end()
            try w.start("w:pPr")
            if style.outline != nil {
                try w.start("w:keepNext")
                try w.end()
            }
            try w.start("w:spacing")
            try w.attribute("w:before", String(style.spaceBefore))
            try w.attribute("w:after", String(style.spaceAfter))
            try w.end()
            if let outline = style.outline { try val(w, "w:outlineLvl", String(outline)) }
            try w.end()
            try w.start("w:rPr")
            if style.bold {
                try w.start("w:b")
                try w.end()
            }
            try val(w, "w:sz", String(style.size))
            try w.end()
            try w.end()
        }
        try w.start("w:style")
        try w.attribute("w:type", "character")
        try w.attribute("w:styleId", "CommentReference")
        try val(w, "w:name", "annotation reference")
        try w.start("w:rPr")
        try val(w, "w:sz", "16")
        try w.end()
        try w.end()

        try w.start("w:style")
        try w.attribute("w:type", "table")
        try w.attribute("w:styleId", "TableGrid")
        try val(w, "w:name", "Table Grid")
        try w.start("w:tblPr")
        try w.start("w:tblBorders")
        for edge in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
            try w.start(edge)
            try w.attribute("w:val", "single")
            try w.attribute("w:sz", "4")
            try w.attribute("w:space", "0")
            try w.attribute("w:color", "808080")
            try w.end()
        }
        try w.end()
        try w.start("w:tblCellMar")
        for side in ["w:left", "w:right"] {
            try w.start(side)
            try w.attribute("w:w", "80")
            try w.attribute("w:type", "dxa")
            try w.end()
        }
        try w.end()
        try w.end()
        try w.end()
        try w.end()
        return try w.finish()
    }

    private static func val(_ w: XMLWriter, _ name: String, _ value: String) throws(XMLFailure) {
        try w.start(name)
        try w.attribute("w:val", value)
        try w.end()
    }
}
