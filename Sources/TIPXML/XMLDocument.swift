internal import CLibXML2
internal import CLibXSLT
import Foundation

/// A parsed XML document (no network, no entity expansion) for schema validation, XPath and XSLT.
///
/// Owns an xmlDoc and frees it. Not Sendable.
public final class XMLDocument {
    let pointer: xmlDocPtr

    /// Parses `bytes`; refuses DTD loading, network access and entity substitution.
    public init(bytes: [UInt8], url: String = "report.xml") throws(XMLFailure) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), url, "UTF-8", options)
            }
        }
        guard let parsed else { throw XMLFailure("\(url): not well-formed XML") }
        pointer = parsed
    }

    deinit { xmlFreeDoc(pointer) }

    /// Problems the XML Schema at `schemaPath` finds in this document (empty when it is valid).
    public func validate(againstSchemaAt schemaPath: String) throws(XMLFailure) -> [String] {
        guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else { throw XMLFailure("cannot read schema \(schemaPath)") }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        guard let schema = xmlSchemaParse(parserContext) else { throw XMLFailure("\(schemaPath): not a valid XML Schema") }
        defer { xmlSchemaFree(schema) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { throw XMLFailure("libxml2 could not create a validation context") }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = MessageCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(
            context,
            { userData, error in
                guard let userData, let error else { return }
                let collector = Unmanaged<MessageCollector>.fromOpaque(userData).takeUnretainedValue()
                let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
                collector.messages.append("line \(error.pointee.line): " + message.trimmingTrailingNewlines)
            }, box.toOpaque())
        let result = xmlSchemaValidateDoc(context, pointer)
        if result < 0 { throw XMLFailure("libxml2 failed while validating") }
        if result > 0 && collector.messages.isEmpty { collector.messages.append("invalid (code \(result))") }
        return collector.messages
    }

    /// The string values of the nodes an XPath expression selects; `namespaces` maps prefixes to URIs.
    public func strings(_ expression: String, namespaces: [String: String] = [:]) throws(XMLFailure) -> [String] {
        guard let context = xmlXPathNewContext(pointer) else { throw XMLFailure("cannot create an XPath context") }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            if xmlXPathRegisterNs(context, prefix, uri) != 0 { throw XMLFailure("cannot register namespace \(prefix)") }
        }
        guard let result = xmlXPathEvalExpression(expression, context) else { throw XMLFailure("bad XPath: \(expression)") }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval else { return [] }
        var values: [String] = []
        for i in 0..<Int(set.pointee.nodeNr) {
            guard let node = set.pointee.nodeTab[i], let content = xmlNodeGetContent(node) else { continue }
            values.append(String(cString: content))
            tipdiff_xml_free(content)
        }
        return values
    }

    /// The document transformed by the stylesheet at `stylesheetPath`, with `parameters` given to its top-level
    /// `xsl:param`s as strings (values of letters, digits, spaces and "-" only). File and network access are
    /// forbidden to the stylesheet.
    public func transformed(byStylesheetAt stylesheetPath: String, parameters: [String: String] = [:]) throws(XMLFailure) -> [UInt8] {
        try transformed(by: try XSLTStylesheet(at: stylesheetPath), parameters: parameters)
    }

    /// The document transformed by `stylesheet` (parsed once for many documents or pages), with `parameters` as
    /// `transformed(byStylesheetAt:parameters:)` takes them. File and network access are forbidden to it.
    public func transformed(by stylesheet: XSLTStylesheet, parameters: [String: String] = [:]) throws(XMLFailure) -> [UInt8] {
        for (name, value) in parameters {
            guard (name + value).allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " }) else {
                throw XMLFailure("stylesheet parameter \(name) has characters it may not")
            }
        }
        let style = stylesheet.pointer
        guard let context = xsltNewTransformContext(style, pointer) else {
            throw XMLFailure("libxslt could not create a transformation context")
        }
        defer { xsltFreeTransformContext(context) }
        guard let prefs = xsltNewSecurityPrefs() else { throw XMLFailure("libxslt could not create security preferences") }
        defer { xsltFreeSecurityPrefs(prefs) }
        for option in [
            XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY, XSLT_SECPREF_READ_NETWORK,
            XSLT_SECPREF_WRITE_NETWORK,
        ] {
            if xsltSetSecurityPrefs(prefs, option, xsltSecurityForbid) != 0 { throw XMLFailure("libxslt refused a security setting") }
        }
        if xsltSetCtxtSecurityPrefs(prefs, context) != 0 { throw XMLFailure("libxslt refused the security settings") }
        // name, 'value', ..., NULL: the form libxslt takes, each string freed afterwards.
        var strings: [UnsafeMutablePointer<CChar>?] = []
        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) {
            strings.append(strdup(name))
            strings.append(strdup("'" + value + "'"))
        }
        strings.append(nil)
        defer { for string in strings { free(string) } }
        let applied: xmlDocPtr? = strings.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                xsltApplyStylesheetUser(style, pointer, $0, nil, nil, context)
            }
        }
        guard let result = applied else {
            throw XMLFailure("the stylesheet failed on this document")
        }
        defer { xmlFreeDoc(result) }
        var output: UnsafeMutablePointer<xmlChar>?
        var length: Int32 = 0
        guard xsltSaveResultToString(&output, &length, result, style) == 0, let output else {
            throw XMLFailure("libxslt could not serialise the result")
        }
        defer { tipdiff_xml_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }
}

private final class MessageCollector {
    var messages: [String] = []
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
