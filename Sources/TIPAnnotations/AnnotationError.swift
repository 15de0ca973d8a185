/// Problems in annotation files, each with its file, line and column, shown with the offending line.
import TIPModel

/// One problem at one place.
public struct AnnotationProblem: Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// The offending line with a caret under the column.
    public var snippet: String?

    public var description: String {
        "\(location): error: \(message)" + (snippet.map { "\n" + $0 } ?? "")
    }
}

/// Why an annotation file could not be used.
public enum AnnotationError: Error, Sendable, Equatable, CustomStringConvertible {
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

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

enum Snippet {
    /// Line `line` of `text` and a caret under `column` (both from 1).
    static func of(_ text: String, line: Int, column: Int) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let content = lines[line - 1].replacingOccurrences(of: "\t", with: " ")
        return content + "\n" + String(repeating: " ", count: max(0, column - 1)) + "^"
    }
}

extension Substring {
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
