/// One problem or warning, in the one shape every error of the tool takes: where (path, line, column),
/// how serious, what, and the offending line with a caret under the column where there is one.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable { case error, warning }

    public var severity: Severity
    /// Where the problem is; `nil` for a problem with no input file (an unknown country name).
    public var location: SourceLocation?
    public var message: String
    /// The offending line and a caret under the column.
    public var snippet: String?

    public init(_ severity: Severity = .error, location: SourceLocation?, message: String, snippet: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.snippet = snippet
    }

    /// An error at `location`; the spelling annotation readers use.
    public init(location: SourceLocation, message: String, snippet: String? = nil) {
        self.init(.error, location: location, message: message, snippet: snippet)
    }

    /// `path:line:column: error: message`, then the snippet.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)" + (snippet.map { "\n" + $0 } ?? "")
    }

    /// Line `line` of `text` and a caret under `column` (both from 1), tabs shown as spaces.
    public static func snippet(_ text: String, line: Int, column: Int) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let content = String(lines[line - 1].map { $0 == "\t" ? " " : $0 })
        return content + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
    }
}

extension DiagnosticError {
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
