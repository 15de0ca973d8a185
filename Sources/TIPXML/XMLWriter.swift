internal import CLibXML2
import TIPModel

/// Writes XML through libxml2's xmlTextWriter into memory: UTF-8, indented, every return code checked.
///
/// Builds one document. Not Sendable: it owns the writer and its buffer and frees them when done.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false
    private let indented: Bool

    /// A writer whose output is indented (the default), or on as few lines as possible (`indented: false`, for
    /// formats such as WordprocessingML where white space between elements is noise); `standalone` writes
    /// `standalone="yes"` in the declaration, as Office's parts have it.
    public init(indented: Bool = true, standalone: Bool = false) throws(XMLFailure) {
        guard let buffer = xmlBufferCreate() else { throw XMLFailure("libxml2 could not allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLFailure("libxml2 could not create a text writer")
        }
        self.buffer = buffer
        self.writer = writer
        self.indented = indented
        try check(xmlTextWriterSetIndent(writer, indented ? 1 : 0), "set indentation")
        try check(xmlTextWriterSetIndentString(writer, "  "), "set the indentation string")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil), "start the document")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ code: Int32, _ what: String) throws(XMLFailure) {
        if code < 0 { throw XMLFailure("libxml2 could not \(what)") }
    }

    /// Opens an element; `namespace` declares the default namespace (on the root).
    public func start(_ name: String, namespace: String? = nil) throws(XMLFailure) {
        try check(xmlTextWriterStartElementNS(writer, nil, name, namespace), "open <\(name)>")
    }

    public func attribute(_ name: String, _ value: String?) throws(XMLFailure) {
        guard let value else { return }
        try check(xmlTextWriterWriteAttribute(writer, name, Self.clean(value)), "write attribute \(name)")
    }

    /// Text content; the writer escapes it, and characters XML forbids become U+FFFD.
    public func text(_ value: String) throws(XMLFailure) {
        try check(xmlTextWriterWriteString(writer, Self.clean(value)), "write text")
    }

    public func end() throws(XMLFailure) {
        try check(xmlTextWriterEndElement(writer), "close an element")
    }

    /// An element holding only text.
    public func element(_ name: String, _ value: String?, attributes: [(String, String?)] = []) throws(XMLFailure) {
        guard let value else { return }
        try start(name)
        for (key, attributeValue) in attributes { try attribute(key, attributeValue) }
        try text(value)
        try end()
    }

    /// Mixed content (text with inline elements) must not be indented: white space there would be text.
    /// `body` must close every element it opens.
    public func inline(_ body: () throws(XMLFailure) -> Void) throws(XMLFailure) {
        guard indented else { return try body() }
        try check(xmlTextWriterSetIndent(writer, 0), "turn indentation off")
        try body()
        // The line break indentation would have put after the last closed element.
        try check(xmlTextWriterWriteRaw(writer, "\n"), "end the line")
        try check(xmlTextWriterSetIndent(writer, 1), "turn indentation on")
    }

    /// Closes every open element and returns the document's bytes.
    public func finish() throws(XMLFailure) -> [UInt8] {
        if !finished {
            try check(xmlTextWriterEndDocument(writer), "end the document")
            try check(xmlTextWriterFlush(writer), "flush")
            finished = true
        }
        let length = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { throw XMLFailure("libxml2 returned no content") }
        return Array(UnsafeBufferPointer(start: content, count: length))
    }

    /// The text with every character XML 1.0 forbids replaced by U+FFFD, so the rest survives.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !allowed($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(allowed(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    private static func allowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
