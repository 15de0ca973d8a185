import TIPSupport

/// A failed write in the one shape of every error: the destination's path and why it could not be written.
extension AtomicFile.Failure: DiagnosticError {
    public var diagnostics: [Diagnostic] { [Diagnostic(location: SourceLocation(path: path), message: "cannot write: \(reason)")] }
}
