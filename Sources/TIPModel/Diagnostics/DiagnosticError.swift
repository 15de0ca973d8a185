/// An error that knows its diagnostics; the command line prints them and exits with status 2.

public protocol DiagnosticError: Error, CustomStringConvertible {
    var diagnostics: [Diagnostic] { get }
}
