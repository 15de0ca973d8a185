import TIPModel
import TIPSupport

/// The panel as CSV (RFC 4180, CRLF line ends; cells that a spreadsheet would run as formulas guarded): its
/// header, then a row per edition.
public enum PanelCSV {
    public static func render(_ panel: Panel) -> String { CSVTable(rows: [panel.header] + panel.rows).text }
}
