import TIPModel

/// One sentence followed through a country's editions: the edition it first appears in, what happened to it
/// year by year, and the last edition that has it.
public struct SentenceLineage: Sendable, Hashable, Encodable {
    /// The lineage's number in its history, stable for one run: what `after` refers to.
    public var id: Int
    public var section: SectionKind
    /// The sentence as the last edition that has it words it.
    public var text: String
    public var firstYear: Int
    /// The last edition that has the sentence: the newest edition while it is current.
    public var lastYear: Int
    /// Whether the newest edition has it.
    public var isCurrent: Bool
    /// Its index among its section's sentences in the last edition that has it.
    public var position: Int
    /// For a dropped sentence: the lineage of the sentence that stood before it when it was last printed
    /// (`nil` when it opened its section), so that a page can show it where it stood.
    public var after: Int?
    /// Rewordings and moves, oldest first.
    public var events: [LineageEvent]

    public init(
        id: Int, section: SectionKind, text: String, firstYear: Int, lastYear: Int, isCurrent: Bool, position: Int,
        after: Int? = nil, events: [LineageEvent] = []
    ) {
        self.id = id
        self.section = section
        self.text = text
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.isCurrent = isCurrent
        self.position = position
        self.after = after
        self.events = events
    }

    /// The last edition in which the sentence was reworded, if it ever was.
    public var lastReworded: Int? { events.last { $0.kind == .reworded }?.year }

    /// The sentence as its first edition printed it.
    public var firstText: String { events.first { $0.kind == .reworded }?.before ?? text }

    /// The sentence as it read after `event` (one of `events`): until the next rewording, or to the end.
    public func text(after event: LineageEvent) -> String {
        guard let at = events.firstIndex(of: event) else { return text }
        return events[(at + 1)...].first { $0.kind == .reworded }?.before ?? text
    }

    /// The editions in which it was reworded.
    public var rewordedYears: [Int] { events.filter { $0.kind == .reworded }.map(\.year) }

    /// The editions in which it moved.
    public var movedYears: [Int] { events.filter { $0.kind == .moved }.map(\.year) }

    /// Its age as a reader of the newest edition wants it: "new in 2025", "reworded in 2023", "since 2019";
    /// for a dropped sentence, "last in 2021".
    public func age(newest: Int, oldest: Int) -> String {
        if !isCurrent { return "last in \(lastYear)" }
        if firstYear == newest && firstYear != oldest { return "new in \(newest)" }
        if let year = lastReworded { return "reworded in \(year)" }
        return "since \(firstYear)"
    }
}
