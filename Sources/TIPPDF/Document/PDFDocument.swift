internal import CPoppler

/// A PDF file opened with poppler: how many pages it has, and each page's glyphs with their boxes and fonts.
public final class PDFDocument {
    private let document: OpaquePointer
    /// The number of pages.
    public let pageCount: Int
    /// What poppler reported while opening the file (a damaged cross-reference table rebuilt, say).
    public let damage: PDFDamage?

    /// Opens a PDF from its bytes. Bytes that do not start like a PDF, a file cut short (no end-of-file
    /// marker), an encrypted file and one poppler cannot read each fail with their own reason.
    public init(bytes: [UInt8]) throws(PDFFailure) {
        guard Self.contains(Array("%PDF-".utf8), in: bytes.prefix(1024)) else { throw .notPDF }
        guard Self.contains(Array("%%EOF".utf8), in: bytes.suffix(2048)) else { throw .truncated }
        tipdiff_pdf_silence_log()
        var error: UnsafeMutablePointer<GError>?
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        let (read, damage) = Self.collectingDamage(page: nil) { poppler_document_new_from_bytes(data, nil, &error) }
        guard let opened = read else {
            defer { if error != nil { g_error_free(error) } }
            let message = error.map { String(cString: $0.pointee.message) } ?? "poppler could not open it"
            if let error, error.pointee.domain == tipdiff_pdf_error_domain(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
            {
                throw .encrypted
            }
            throw .damaged(message)
        }
        document = opened
        self.damage = damage
        pageCount = Int(poppler_document_get_n_pages(opened))
    }

    /// `body`'s result and what poppler reported on this thread while it ran.
    private static func collectingDamage<T>(page: Int?, _ body: () -> T) -> (T, PDFDamage?) {
        var sink = tipdiff_pdf_damage(count: 0, first: nil)
        let result = withUnsafeMutablePointer(to: &sink) { pointer in
            tipdiff_pdf_collect(pointer)
            defer { tipdiff_pdf_collected() }
            return body()
        }
        defer { g_free(sink.first) }
        guard sink.count > 0 else { return (result, nil) }
        let first = sink.first.map { String(cString: $0) } ?? "no message"
        return (result, PDFDamage(page: page, count: Int(sink.count), first: first))
    }

    deinit { tipdiff_pdf_unref(UnsafeMutableRawPointer(document)) }

    /// Page `index` (from 0): its size and its glyphs in poppler's order, each with its box (points from the
    /// top left) and font.
    public func page(_ index: Int) throws(PDFFailure) -> PDFPage {
        guard index >= 0, index < pageCount else { throw .damaged("page \(index + 1) cannot be read") }
        let (read, damage) = Self.collectingDamage(page: index + 1) { self.read(index) }
        guard var page = read else {
            throw .damaged("page \(index + 1) cannot be read" + (damage.map { ": \($0.first)" } ?? ""))
        }
        page.damage = damage
        return page
    }

    /// The page as poppler gives it, `nil` when poppler cannot load it.
    private func read(_ index: Int) -> PDFPage? {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return nil }
        defer { tipdiff_pdf_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let text = poppler_page_get_text(page) else {
            return PDFPage(number: index + 1, width: width, height: height, glyphs: [], fonts: [])
        }
        defer { g_free(text) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else {
            return PDFPage(number: index + 1, width: width, height: height, glyphs: [], fonts: [])
        }
        defer { g_free(rectangles) }

        // Fonts by character range; each glyph refers to its font by index.
        var fonts: [String] = []
        var fontIndex: [String: UInt16] = [:]
        var runs: [(start: Int, end: Int, font: UInt16, size: Float)] = []
        let attributes = poppler_page_get_text_attributes(page)
        defer { poppler_page_free_text_attributes(attributes) }
        var node = attributes
        while let current = node {
            if let raw = current.pointee.data {
                let attribute = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attribute.font_name.map { String(cString: $0) } ?? ""
                let font: UInt16
                if let known = fontIndex[name] {
                    font = known
                } else {
                    font = UInt16(truncatingIfNeeded: fonts.count)
                    fontIndex[name] = font
                    fonts.append(name)
                }
                runs.append((Int(attribute.start_index), Int(attribute.end_index), font, Float(attribute.font_size)))
            }
            node = current.pointee.next
        }

        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var run = 0
        var position = 0
        for scalar in String(cString: text).unicodeScalars {
            guard position < Int(count) else { break }
            let box = rectangles[position]
            while run < runs.count && runs[run].end < position { run += 1 }
            let style = run < runs.count && runs[run].start <= position ? runs[run] : nil
            glyphs.append(
                PDFGlyph(
                    scalar: scalar, x0: Float(box.x1), y0: Float(box.y1), x1: Float(box.x2), y1: Float(box.y2),
                    size: style?.size ?? 0, font: style?.font ?? UInt16.max))
            position += 1
        }
        return PDFPage(number: index + 1, width: width, height: height, glyphs: glyphs, fonts: fonts)
    }

    private static func contains(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var index = haystack.startIndex
        while index <= haystack.endIndex - needle.count {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
