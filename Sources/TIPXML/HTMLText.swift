internal import CLibXML2

/// Reads the readable text of an HTML page with libxml2's HTML parser: one line a block, leaving out the
/// elements the caller's rule calls page furniture.
///
/// The text of a page, a block a line, and which lines were headings or list items.
public struct HTMLText: Sendable, Equatable {
    /// The page's blocks, each on its own line; list items start with "• ".
    public var text: String
    /// Line numbers (from 1) that came from h1-h4 elements.
    public var headingLines: Set<Int>

    /// Errors libxml2 reports for a page it cannot read at all.
    public enum Failure: Error, Equatable, Sendable {
        case unparsable(String)
    }

    /// What the furniture rule sees of an element.
    public struct Element: Sendable {
        /// The element's name, lowercased.
        public var name: String
        /// Its `role` attribute, lowercased.
        public var role: String?
        /// Whether it has `aria-hidden="true"`.
        public var isHidden: Bool
        /// The words of its `class` and `id` attributes, lowercased.
        public var tokens: [Substring]
    }
    private static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main",
        "header", "table", "tr", "td", "th", "dd", "dt", "dl", "pre", "figure", "figcaption", "br", "hr", "body",
    ]

    /// Parses `bytes` as HTML (UTF-8 unless the page declares otherwise), leaving out every element (and
    /// what it holds) for which `isFurniture` is true. Never touches the network and never expands entities
    /// beyond HTML's own.
    public init(parsing bytes: [UInt8], url: String, isFurniture: (Element) -> Bool) throws(Failure) {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard let context = htmlNewParserCtxt() else { throw .unparsable("libxml2 could not create a parser") }
        defer { htmlFreeParserCtxt(context) }
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(context, chars, Int32(buffer.count), url, "UTF-8", options)
            }
        }
        guard let document = parsed else { throw .unparsable("libxml2 could not build a document") }
        defer { xmlFreeDoc(document) }
        // libxml2 stops reading at 256 nested elements and, recovering, keeps what it had: the rest of the
        // page would vanish without a word. That is an error here, never a silently shorter narrative.
        if let error = xmlCtxtGetLastError(context), let message = error.pointee.message,
            String(cString: message).contains("Excessive depth")
        {
            throw .unparsable("elements nested more than 256 deep (line \(error.pointee.line)); the page's text would be cut short there")
        }
        guard let root = xmlDocGetRootElement(document) else { throw .unparsable("the page has no root element") }

        var collector = Collector()
        Self.walk(root, into: &collector, isFurniture: isFurniture)
        collector.flush()
        self.text = collector.lines.map(\.text).joined(separator: "\n")
        self.headingLines = Set(collector.lines.enumerated().filter { $0.element.isHeading }.map { $0.offset + 1 })
    }

    private struct Collector {
        struct Line { var text: String; var isHeading: Bool }
        var lines: [Line] = []
        var buffer = ""
        var isItem = false
        var isHeading = false

        mutating func flush() {
            let folded = buffer.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !folded.isEmpty { lines.append(Line(text: (isItem ? "• " : "") + folded, isHeading: isHeading)) }
            buffer = ""
            isItem = false
            isHeading = false
        }
    }

    private static func walk(_ node: xmlNodePtr, into collector: inout Collector, isFurniture: (Element) -> Bool) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { collector.buffer += String(cString: content) }
            case XML_ELEMENT_NODE:
                let name = String(cString: current.pointee.name).lowercased()
                if isFurniture(element(current, name: name)) { continue }
                let isBlock = blocks.contains(name)
                if isBlock {
                    collector.flush()
                    collector.isItem = name == "li"
                    collector.isHeading = ["h1", "h2", "h3", "h4"].contains(name)
                }
                walk(current, into: &collector, isFurniture: isFurniture)
                if isBlock { collector.flush() }
            default:
                continue
            }
        }
    }

    /// The element as the furniture rule sees it.
    private static func element(_ node: xmlNodePtr, name: String) -> Element {
        let classes = (attribute("class", of: node) ?? "") + " " + (attribute("id", of: node) ?? "")
        return Element(
            name: name, role: attribute("role", of: node)?.lowercased(), isHidden: attribute("aria-hidden", of: node) == "true",
            tokens: classes.lowercased().split(separator: " "))
    }

    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { tipdiff_xml_free(value) }
        return String(cString: value)
    }
}
