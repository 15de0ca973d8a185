/// One CSV field as RFC 4180 writes it, safe to open in a spreadsheet.
public enum CSVField {
    /// Quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@` that is not a
    /// number gets a `'` so no spreadsheet runs the field as a formula.
    public static func quoted(_ field: String) -> String {
        var value = field
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
