/// Reviewers' notes and what they are anchored to.
import TIPModel

/// A file of notes, as read from YAML.
public struct AnnotationFile: Sendable, Equatable {
    public var path: String
    /// SHA-256 of the file's bytes, for the report's provenance.
    public var sha256: String
    /// The edition the notes were written against, when the file says.
    public var edition: String?
    public var notes: [Note]
}

/// One reviewer's note.
public struct Note: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, Codable, CaseIterable { case open, resolved }

    public var id: String
    public var author: String?
    /// "YYYY-MM-DD"
    public var date: String?
    public var status: Status
    public var tags: [String]
    public var text: String
    public var anchor: Anchor
    /// Where the note starts in its file.
    public var location: SourceLocation

    public init(
        id: String, author: String? = nil, date: String? = nil, status: Status = .open, tags: [String] = [],
        text: String, anchor: Anchor, location: SourceLocation
    ) {
        self.id = id
        self.author = author
        self.date = date
        self.status = status
        self.tags = tags
        self.text = text
        self.anchor = anchor
        self.location = location
    }
}

/// What a note is attached to: exactly one of these.
public enum Anchor: Sendable, Equatable {
    case quote(QuoteSelector)
    case statistic(key: String)
    case section(SectionKind)
    case tier
    case change(id: String)

    /// The anchor's kind as the YAML names it.
    public var kind: String {
        switch self {
        case .quote: "quote"
        case .statistic: "statistic"
        case .section: "section"
        case .tier: "tier"
        case .change: "change"
        }
    }
}

/// A quote, with optional context before and after it and a section to look in.
public struct QuoteSelector: Sendable, Equatable {
    public var quote: String
    public var prefix: String?
    public var suffix: String?
    public var section: SectionKind?

    public init(quote: String, prefix: String? = nil, suffix: String? = nil, section: SectionKind? = nil) {
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
        self.section = section
    }
}
