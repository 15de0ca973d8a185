internal import CLibXML2
import TIPModel

/// A failure reported by libxml2 or libxslt.
public struct XMLFailure: DiagnosticError, Sendable, Equatable {
    public var message: String
    /// The file the failure concerns, when there is one.
    public var path: String?
    public init(_ message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }
    public var diagnostics: [Diagnostic] { [Diagnostic(location: path.map { SourceLocation(path: $0) }, message: message)] }
}
