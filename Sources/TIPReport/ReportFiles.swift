/// The schema and stylesheet that ship with the report writer, and rendering all three formats.
import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPXML

public enum ReportFiles {
    /// The XML Schema the reports follow.
    public static var schemaPath: String { resource("report", "xsd") }
    /// The XSLT 1.0 stylesheet that turns a report into an HTML page.
    public static var stylesheetPath: String { resource("report", "xsl") }

    private static func resource(_ name: String, _ type: String) -> String {
        Bundle.module.path(forResource: name, ofType: type, inDirectory: "Resources")
            ?? Bundle.module.bundlePath + "/Resources/\(name).\(type)"
    }
}

/// A report in its four forms.
public struct RenderedReport: Sendable {
    public var xml: [UInt8]
    public var html: [UInt8]
    public var markdown: String
    /// Every change as a CSV row.
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
        csv = ChangesCSV.render(report.comparison)
    }
}

/// The change summary for an e-mail or an issue: headline facts first, then the notes.
public enum ReportMarkdown {
    public static func render(_ report: Report) -> String {
        var out = DiffMarkdown.render(report.comparison)
        let placed = report.placedNotes
        guard !placed.isEmpty || !report.orphaned.isEmpty else { return out }
        out += "\n## Notes\n\n"
        for note in placed {
            out += "- " + line(note) + "\n"
        }
        if !report.orphaned.isEmpty {
            out += "\n### Orphaned notes\n\n"
            for note in report.orphaned {
                out += "- " + line(note) + (note.resolution.reason.map { " — *\($0)*" } ?? "") + "\n"
            }
        }
        return out
    }

    private static func line(_ placed: PlacedNote) -> String {
        let r = placed.resolution
        var place = [r.section?.rawValue, r.sentence.map { "sentence \($0)" }, r.key.map { "`\($0)`" }, r.change.map { "`\($0)`" }]
            .compactMap { $0 }.joined(separator: ", ")
        if place.isEmpty { place = placed.note.anchor.kind }
        let text = placed.note.text.split(separator: "\n").joined(separator: " ")
        return "**\(placed.note.id)** (\(r.state.rawValue); \(place)): \(text)"
    }
}
