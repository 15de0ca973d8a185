internal import CLibXML2
import TIPModel
import TIPSupport

/// An HTML fragment rebuilt by us from an allow-list: libxml2's HTML parser reads it, and only the elements
/// and attributes listed here come out again, written by our own code, with links limited to safe schemes.
///
/// HTML that may go into a page as markup: every element, attribute and URL in it is on the allow-list.
public enum SafeHTML {
    /// Elements kept, each with the attributes it may carry.
    static let allowed: [String: Set<String>] = [
        "p": [], "br": [], "hr": [], "em": [], "strong": [], "s": [], "del": [], "code": [], "pre": [],
        "blockquote": [], "ul": [], "ol": [], "li": [], "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [],
        "table": [], "thead": [], "tbody": [], "tr": [], "th": ["align"], "td": ["align"],
        "a": ["href", "title"], "img": ["src", "alt", "title"],
    ]
    /// Elements dropped together with everything inside them; any other element not allowed is unwrapped
    /// (its text stays, the element goes).
    static let dropped: Set<String> = [
        "script", "style", "svg", "math", "iframe", "frame", "frameset", "object", "embed", "applet", "template",
        "noscript", "textarea", "select", "title", "head", "meta", "link", "base", "form", "input", "button",
    ]
    static let void: Set<String> = ["br", "hr", "img"]
    static let alignments: Set<String> = ["left", "center", "right"]

    /// `html` with everything off the allow-list removed. Text is escaped again, attribute values are
    /// quoted and escaped, `href` keeps http(s), mailto and in-page targets, `src` http(s) only (an image
    /// whose source is anything else becomes its alt text). Input libxml2 cannot read at all comes back as
    /// escaped text.
    public static func sanitized(_ html: String) -> String {
        let wrapped = Array("<html><body>\(html)</body></html>".utf8)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue)
        guard let context = htmlNewParserCtxt() else { return HTMLEscaping.escaped(html, quotes: false) }
        defer { htmlFreeParserCtxt(context) }
        let parsed: htmlDocPtr? = wrapped.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlCtxtReadMemory(context, chars, Int32(buffer.count), "note.html", "UTF-8", options)
            }
        }
        guard let document = parsed else { return HTMLEscaping.escaped(html, quotes: false) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), let body = child(named: "body", of: root) else {
            return HTMLEscaping.escaped(html, quotes: false)
        }
        var out = ""
        write(childrenOf: body, into: &out)
        return out
    }

    /// Whether a link target is one a reader may follow: http(s), mailto or a place in the page. Browsers
    /// ignore control characters and spaces inside a URL's scheme, so they are ignored here too.
    public static func isSafeLink(_ value: String) -> Bool {
        let folded = normalized(value)
        return ["http://", "https://", "mailto:", "#"].contains { folded.hasPrefix($0) }
    }

    /// Whether an image source is one we let the page name: http(s) only.
    public static func isSafeImage(_ value: String) -> Bool {
        let folded = normalized(value)
        return folded.hasPrefix("http://") || folded.hasPrefix("https://")
    }

    private static func normalized(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })).lowercased()
    }

    private static func child(named name: String, of node: xmlNodePtr) -> xmlNodePtr? {
        var current = node.pointee.children
        while let element = current {
            if element.pointee.type == XML_ELEMENT_NODE, String(cString: element.pointee.name).lowercased() == name { return element }
            current = element.pointee.next
        }
        return nil
    }

    private static func write(childrenOf node: xmlNodePtr, into out: inout String) {
        var current = node.pointee.children
        while let child = current {
            defer { current = child.pointee.next }
            switch child.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = child.pointee.content { out += HTMLEscaping.escaped(String(cString: content), quotes: false) }
            case XML_ELEMENT_NODE:
                write(element: child, into: &out)
            default:
                continue
            }
        }
    }

    private static func write(element: xmlNodePtr, into out: inout String) {
        let name = String(cString: element.pointee.name).lowercased()
        if dropped.contains(name) { return }
        guard let permitted = allowed[name] else {
            write(childrenOf: element, into: &out)
            return
        }
        var attributes: [(String, String)] = []
        for attribute in permitted.sorted() {
            guard let value = self.attribute(attribute, of: element) else { continue }
            switch attribute {
            case "href" where !isSafeLink(value): continue
            case "src" where !isSafeImage(value):
                out += HTMLEscaping.escaped(self.attribute("alt", of: element) ?? "", quotes: false)
                return
            case "align" where !alignments.contains(value.lowercased()): continue
            default: attributes.append((attribute, value))
            }
        }
        if name == "img", !attributes.contains(where: { $0.0 == "src" }) {
            out += HTMLEscaping.escaped(self.attribute("alt", of: element) ?? "", quotes: false)
            return
        }
        out += "<" + name + attributes.map { " \($0.0)=\"\(HTMLEscaping.escaped($0.1))\"" }.joined() + ">"
        if void.contains(name) { return }
        write(childrenOf: element, into: &out)
        out += "</" + name + ">"
    }

    private static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { tipdiff_xml_free(value) }
        return String(cString: value)
    }
}
