import TIPModel
import TIPSupport

/// One problem at one place, in the tool's one diagnostic shape.
public typealias AnnotationProblem = Diagnostic

/// Why an annotation file could not be used: its problems, each with its file, line and column, shown with the
/// offending line.
public enum AnnotationError: DiagnosticError, Sendable, Equatable {
    /// The file breaks the format: every problem found.
    case invalid([AnnotationProblem])
    /// Reading or writing failed.
    case io(SourceLocation, String)
    /// `annotate add` was asked something it must refuse.
    case refused(SourceLocation, String)

    public var problems: [AnnotationProblem] {
        switch self {
        case .invalid(let problems): problems
        case .io(let location, let message), .refused(let location, let message):
            [AnnotationProblem(location: location, message: message)]
        }
    }

    public var diagnostics: [Diagnostic] { problems }

    /// Why the notes file at `path` (at most `limit` bytes) could not be read, as an annotation error.
    public init(_ problem: InputFile.Problem, path: String, limit: Int) {
        switch problem {
        case .missing: self = .io(SourceLocation(path: path), "no such file, or it cannot be read")
        case .tooLarge(let bytes, _):
            self = .invalid([
                AnnotationProblem(location: SourceLocation(path: path), message: "file too large: \(bytes) bytes, at most \(limit)")
            ])
        case .notRegular, .unreadable: self = .io(SourceLocation(path: path), problem.message)
        }
    }
}

enum Snippet {
    /// Line `line` of `text` and a caret under `column` (both from 1).
    static func of(_ text: String, line: Int, column: Int) -> String? { Diagnostic.snippet(text, line: line, column: column) }
}

extension Substring {
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
