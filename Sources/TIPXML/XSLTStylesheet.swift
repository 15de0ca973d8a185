internal import CLibXSLT

/// An XSLT 1.0 stylesheet parsed and compiled once, to transform any number of documents or pages with it.
/// Owns the libxslt stylesheet and frees it. Not Sendable: one thread uses it at a time.
public final class XSLTStylesheet {
    let pointer: xsltStylesheetPtr

    /// The stylesheet in the file at `path`.
    public init(at path: String) throws(XMLFailure) {
        guard let style = xsltParseStylesheetFile(path) else { throw XMLFailure("\(path): not a valid XSLT stylesheet") }
        pointer = style
    }

    deinit { xsltFreeStylesheet(pointer) }
}
