import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics
import TIPXML

/// The schema and stylesheet that ship with the report writer, and rendering all three formats.
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
