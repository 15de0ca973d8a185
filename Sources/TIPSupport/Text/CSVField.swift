/// One CSV field as RFC 4180 writes it, safe to open in a spreadsheet.
public enum CSVField {
    /// Quoted when it holds a comma, quote or line break. A field that starts with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return gets a leading `'` (OWASP's rule against formula injection), unless it is a plain
    /// finite number such as `-5` or `+55.6` ("+nan" and "-inf" are not).
    public static func quoted(_ field: String) -> String {
        var value = field
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(value) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    private static func isPlainNumber(_ value: String) -> Bool {
        guard let number = Double(value), number.isFinite else { return false }
        return value.unicodeScalars.allSatisfy { "0123456789.+-eE".unicodeScalars.contains($0) }
    }
}
