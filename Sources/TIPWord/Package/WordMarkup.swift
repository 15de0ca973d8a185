import TIPXML

/// Writes WordprocessingML through the project's XML writer: paragraphs, runs, tracked insertions, deletions
/// and moves, comment ranges, bookmarks and tables, with the ids Word wants unique across a document.
///
/// Not Sendable: it owns the XML writer.
final class WordMarkup {
    let w: XMLWriter
    /// One counter for revisions, bookmarks and move ranges, so no two annotations share an id.
    private var nextID = 1
    private var nextMove = 1

    init() throws(XMLFailure) { w = try XMLWriter(indented: false, standalone: true) }

    /// Opens `w:document` and `w:body`.
    func startDocument() throws(XMLFailure) {
        try w.start("w:document")
        try w.attribute("xmlns:w", WordNamespace.main)
        try w.attribute("xmlns:r", WordNamespace.relationships)
        try w.start("w:body")
    }

    /// Closes the body with its page settings (A4 portrait, or landscape for a wide table) and the document.
    func finishDocument(landscape: Bool = false) throws(XMLFailure) -> [UInt8] {
        try w.start("w:sectPr")
        try w.start("w:pgSz")
        try w.attribute("w:w", landscape ? "16838" : "11906")
        try w.attribute("w:h", landscape ? "11906" : "16838")
        if landscape { try w.attribute("w:orient", "landscape") }
        try w.end()
        try w.start("w:pgMar")
        for side in ["w:top", "w:right", "w:bottom", "w:left"] { try w.attribute(side, "1134") }
        for edge in ["w:header", "w:footer"] { try w.attribute(edge, "567") }
        try w.attribute("w:gutter", "0")
        try w.end()
        try w.end()
        try w.end()
        try w.end()
        return try w.finish()
    }

    /// How a paragraph's mark is tracked: a paragraph that only the newer edition has is inserted whole, one that
    /// only the older has deleted whole, so neither side leaves an empty paragraph behind.
    enum Mark {
        case inserted, deleted
    }

    /// A paragraph of the style given ("Heading1", "Title", ...), its content written by `body`.
    func paragraph(
        style: String? = nil, mark: (Mark, WordRevision)? = nil, _ body: () throws(XMLFailure) -> Void
    ) throws(XMLFailure) {
        try w.start("w:p")
        if style != nil || mark != nil {
            try w.start("w:pPr")
            if let style {
                try w.start("w:pStyle")
                try w.attribute("w:val", style)
                try w.end()
            }
            if let (mark, revision) = mark {
                try w.start("w:rPr")
                try w.start(mark == .inserted ? "w:ins" : "w:del")
                try w.attribute("w:id", String(nextID))
                try w.attribute("w:author", revision.author)
                try w.attribute("w:date", revision.date)
                nextID += 1
                try w.end()
                try w.end()
            }
            try w.end()
        }
        try body()
        try w.end()
    }

    /// A paragraph of one run of text.
    func paragraph(_ text: String, style: String? = nil, bold: Bool = false) throws(XMLFailure) {
        try paragraph(style: style) { () throws(XMLFailure) in try run(text, bold: bold) }
    }

    /// A heading paragraph with a bookmark of `bookmark`'s name around its text, when given.
    func heading(_ text: String, level: Int, bookmark: String? = nil) throws(XMLFailure) {
        try paragraph(style: "Heading\(level)") { () throws(XMLFailure) in try bookmarked(text, name: bookmark) }
    }

    /// A run of text inside a bookmark of that name (a plain run when `name` is `nil`).
    func bookmarked(_ text: String, name: String?) throws(XMLFailure) {
        guard let name else { return try run(text) }
        let id = nextID
        nextID += 1
        try w.start("w:bookmarkStart")
        try w.attribute("w:id", String(id))
        try w.attribute("w:name", name)
        try w.end()
        try run(text)
        try w.start("w:bookmarkEnd")
        try w.attribute("w:id", String(id))
        try w.end()
    }

    /// A run of text; `deleted` writes it as `w:delText`, as a deletion's runs must be.
    func run(_ text: String, bold: Bool = false, italic: Bool = false, deleted: Bool = false) throws(XMLFailure) {
        guard !text.isEmpty else { return }
        try w.start("w:r")
        if bold || italic {
            try w.start("w:rPr")
            if bold { try w.start("w:b"); try w.end() }
            if italic { try w.start("w:i"); try w.end() }
            try w.end()
        }
        try w.start(deleted ? "w:delText" : "w:t")
        try w.attribute("xml:space", "preserve")
        try w.text(text)
        try w.end()
        try w.end()
    }

    /// A tracked insertion (`w:ins`) around what `body` writes.
    func inserted(_ revision: WordRevision, _ body: () throws(XMLFailure) -> Void) throws(XMLFailure) {
        try tracked("w:ins", revision, body)
    }

    /// A tracked deletion (`w:del`) of `text`.
    func deleted(_ text: String, _ revision: WordRevision) throws(XMLFailure) {
        guard !text.isEmpty else { return }
        try tracked("w:del", revision) { () throws(XMLFailure) in try run(text, deleted: true) }
    }

    /// A tracked insertion of `text`.
    func inserted(_ text: String, _ revision: WordRevision) throws(XMLFailure) {
        guard !text.isEmpty else { return }
        try tracked("w:ins", revision) { () throws(XMLFailure) in try run(text) }
    }

    /// The name of a new move, which its `moveFrom` and `moveTo` ranges share.
    func newMove() -> String {
        defer { nextMove += 1 }
        return "move\(nextMove)"
    }

    /// The old place of a moved text: `w:moveFrom` inside its named range; reject-all keeps it, accept-all drops it.
    func movedFrom(_ text: String, move: String, _ revision: WordRevision) throws(XMLFailure) {
        try moveRange("w:moveFromRange", move: move, revision) { () throws(XMLFailure) in
            try tracked("w:moveFrom", revision) { () throws(XMLFailure) in try run(text) }
        }
    }

    /// The new place of a moved text: `w:moveTo` inside its named range; accept-all keeps it, reject-all drops it.
    func movedTo(_ text: String, move: String, _ revision: WordRevision) throws(XMLFailure) {
        try moveRange("w:moveToRange", move: move, revision) { () throws(XMLFailure) in
            try tracked("w:moveTo", revision) { () throws(XMLFailure) in try run(text) }
        }
    }

    private func moveRange(
        _ name: String, move: String, _ revision: WordRevision, _ body: () throws(XMLFailure) -> Void
    ) throws(XMLFailure) {
        let id = nextID
        nextID += 1
        try w.start(name + "Start")
        try w.attribute("w:id", String(id))
        try w.attribute("w:name", move)
        try w.attribute("w:author", revision.author)
        try w.attribute("w:date", revision.date)
        try w.end()
        try body()
        try w.start(name + "End")
        try w.attribute("w:id", String(id))
        try w.end()
    }

    private func tracked(_ name: String, _ revision: WordRevision, _ body: () throws(XMLFailure) -> Void) throws(XMLFailure) {
        try w.start(name)
        try w.attribute("w:id", String(nextID))
        try w.attribute("w:author", revision.author)
        try w.attribute("w:date", revision.date)
        nextID += 1
        try body()
        try w.end()
    }

    /// Where comment `id`'s range starts.
    func commentStart(_ id: Int) throws(XMLFailure) {
        try w.start("w:commentRangeStart")
        try w.attribute("w:id", String(id))
        try w.end()
    }

    /// Where comment `id`'s range ends, and the comment's mark.
    func commentEnd(_ id: Int) throws(XMLFailure) {
        try w.start("w:commentRangeEnd")
        try w.attribute("w:id", String(id))
        try w.end()
        try w.start("w:r")
        try w.start("w:rPr")
        try w.start("w:rStyle")
        try w.attribute("w:val", "CommentReference")
        try w.end()
        try w.end()
        try w.start("w:commentReference")
        try w.attribute("w:id", String(id))
        try w.end()
        try w.end()
    }

    /// A table with a bold header row repeated on every page; each cell one paragraph (or a paragraph a line).
    func table(header: [String], rows: [[String]], widths: [Int]) throws(XMLFailure) {
        try w.start("w:tbl")
        try w.start("w:tblPr")
        try w.start("w:tblStyle")
        try w.attribute("w:val", "TableGrid")
        try w.end()
        try w.start("w:tblW")
        try w.attribute("w:w", String(widths.reduce(0, +)))
        try w.attribute("w:type", "dxa")
        try w.end()
        try w.start("w:tblLayout")
        try w.attribute("w:type", "fixed")
        try w.end()
        try w.end()
        try w.start("w:tblGrid")
        for width in widths {
            try w.start("w:gridCol")
            try w.attribute("w:w", String(width))
            try w.end()
        }
        try w.end()
        try tableRow(header, widths: widths, header: true)
        for row in rows { try tableRow(row, widths: widths, header: false) }
        try w.end()
        // Word wants a paragraph between a table and what follows it.
        try paragraph(style: nil) {}
    }

    private func tableRow(_ cells: [String], widths: [Int], header: Bool) throws(XMLFailure) {
        try w.start("w:tr")
        if header {
            try w.start("w:trPr")
            try w.start("w:tblHeader")
            try w.end()
            try w.end()
        }
        for (cell, width) in zip(cells, widths) {
            try w.start("w:tc")
            try w.start("w:tcPr")
            try w.start("w:tcW")
            try w.attribute("w:w", String(width))
            try w.attribute("w:type", "dxa")
            try w.end()
            try w.end()
            let lines = cell.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines {
                try paragraph(style: "TableText") { () throws(XMLFailure) in try run(String(line), bold: header) }
            }
            try w.end()
        }
        try w.end()
    }
}
