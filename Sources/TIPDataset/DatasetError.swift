import TIPModel

/// Why a dataset cannot be written or reused, with its path.
public struct DatasetError: DiagnosticError, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var diagnostics: [Diagnostic] { [Diagnostic(location: SourceLocation(path: path), message: reason)] }
}
