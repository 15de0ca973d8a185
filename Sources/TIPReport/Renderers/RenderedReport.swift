import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPXML

/// A report in its four forms.
public struct RenderedReport: Sendable {
    public var xml: [UInt8]
    public var html: [UInt8]
    public var markdown: String
    /// Every change as a CSV row (readable columns first, then the technical ones), without a byte-order mark.
    public var csv: String

    /// Writes the XML, checks it against the schema (an invalid report is an error, never output), and
    /// derives the HTML (through the stylesheet) and the Markdown summary.
    public init(_ report: Report) throws(XMLFailure) {
        xml = try ReportXML.bytes(report)
        let document = try XMLDocument(bytes: xml)
        let problems = try document.validate(againstSchemaAt: ReportFiles.schemaPath)
        guard problems.isEmpty else { throw XMLFailure("the report does not match its schema: " + problems.joined(separator: "; ")) }
        html = try document.transformed(byStylesheetAt: ReportFiles.stylesheetPath)
        markdown = ReportMarkdown.render(report)
        csv = ReportCSV.render(report)
    }
}
