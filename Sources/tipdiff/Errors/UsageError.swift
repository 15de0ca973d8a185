import TIPModel

/// A mistake in how tipdiff was called or where it runs (an unknown command, a busy port), printed as `error: message`, exit status 2.
struct UsageError: DiagnosticError, Equatable {
    var message: String

    var diagnostics: [Diagnostic] { [Diagnostic(location: nil, message: message)] }
}
