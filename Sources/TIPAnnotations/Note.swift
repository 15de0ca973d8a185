import TIPModel

/// One reviewer's note and what it is anchored to.
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

extension Note {
    /// The same note, wherever it stands in its file.
    public func sameContent(as other: Note) -> Bool {
        (id, author, date, status, text, anchor) == (other.id, other.author, other.date, other.status, other.text, other.anchor)
            && tags == other.tags
    }
}
