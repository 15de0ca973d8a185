import Foundation
import TIPModel

/// Problems in the tier data, with the file and line.
public enum TierDataError: DiagnosticError, Sendable, Equatable {
    case unreadable(SourceLocation)
    case malformed(SourceLocation, String)
    case unknownCountry(String, suggestions: [String])
    case noData(String)

    public var diagnostics: [Diagnostic] {
        switch self {
        case .unreadable(let location): [Diagnostic(location: location, message: "cannot read the file")]
        case .malformed(let location, let message): [Diagnostic(location: location, message: message)]
        case .unknownCountry(let name, let suggestions):
            [
                Diagnostic(
                    location: nil,
                    message: "unknown country '\(name)'"
                        + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"))
            ]
        case .noData(let message): [Diagnostic(location: nil, message: message)]
        }
    }
}
