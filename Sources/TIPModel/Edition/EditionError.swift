import TIPSupport

/// Errors met while reading editions, each naming the file and, where one applies, the line and column.
public enum EditionError: DiagnosticError, Sendable, Equatable {
    case missing(SourceLocation)
    case unreadable(SourceLocation, reason: String)
    case empty(SourceLocation)
    case binary(SourceLocation)
    case notUTF8(SourceLocation)
    case undecodable(SourceLocation, reason: String)
    case noNarrative(SourceLocation)
    case noEditions(SourceLocation)
    case unsupportedFormat(SourceLocation)
    case malformedHTML(SourceLocation, reason: String)
    /// A second edition of one country in one year folder; `first` is the other file.
    case twoEditions(SourceLocation, country: String, first: String)
    /// A whole report's PDF (this many country narratives) where one narrative was expected.
    case wholeReport(SourceLocation, narratives: Int)
    /// A PDF with more pages than one read takes (`limit`); `reason` says so.
    case tooManyPages(SourceLocation, reason: String)

    /// Why the input at `path` could not be read, as an edition error.
    public init(_ problem: InputFile.Problem, path: String) {
        switch problem {
        case .missing: self = .missing(SourceLocation(path: path))
        case .unreadable(let reason): self = .unreadable(SourceLocation(path: path), reason: reason)
        case .notRegular, .tooLarge: self = .unreadable(SourceLocation(path: path), reason: problem.message)
        }
    }

    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case .missing(let l), .unreadable(let l, _), .empty(let l), .binary(let l), .notUTF8(let l), .undecodable(let l, _),
            .noNarrative(let l), .noEditions(let l), .unsupportedFormat(let l), .malformedHTML(let l, _),
            .twoEditions(let l, _, _), .wholeReport(let l, _), .tooManyPages(let l, _):
            l
        }
    }

    /// What went wrong, without the location.
    public var message: String {
        switch self {
        case .missing: "no such file or folder"
        case .unreadable(_, let reason): "cannot read: \(reason)"
        case .empty: "empty file: there is no narrative to read"
        case .binary: "binary data (a NUL byte): an edition is UTF-8 text or an HTML page"
        case .notUTF8: "not valid UTF-8: save the edition as UTF-8 text"
        case .undecodable(_, let reason), .tooManyPages(_, let reason): reason
        case .noNarrative:
            "no recognisable narrative: found no headline (\"... the minimum standards for the elimination of trafficking ...\") and no section heading (PROSECUTION, PROTECTION, PREVENTION, TRAFFICKING PROFILE)"
        case .noEditions: "no editions here: a year folder holds <country>.txt or <country>.html files"
        case .unsupportedFormat: "not an edition: expected a .txt, .html or .pdf file"
        case .malformedHTML(_, let reason): "cannot parse HTML: \(reason)"
        case .twoEditions(_, let country, let first):
            "a second edition of \(country) in this year folder (the first is \(first)): a year folder holds one edition a country; move one of them out"
        case .wholeReport(_, let narratives): "a whole report (\(narratives) country narratives)"
        }
    }

    public var diagnostics: [Diagnostic] { [Diagnostic(location: location, message: message)] }
}
