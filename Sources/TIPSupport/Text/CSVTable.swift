/// A CSV table as RFC 4180 writes it: rows of fields, each quoted and formula-guarded by `CSVField`, every line
/// ending in CRLF. The one writer of every CSV tipdiff prints.
public struct CSVTable: Sendable {
    public private(set) var rows: [[String]]

    /// A table whose first row is `header`, when given.
    public init(header: [String]? = nil) { rows = header.map { [$0] } ?? [] }

    public init(rows: [[String]]) { self.rows = rows }

    public mutating func append(_ fields: [String]) { rows.append(fields) }

    /// The table as text, CRLF line ends (a table of no rows is one empty line).
    public var text: String { rows.map { $0.map(CSVField.quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n" }
}
