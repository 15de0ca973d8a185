import TIPDiff
import TIPModel
import TIPStatistics

/// Where a note landed, and how surely.
public struct Resolution: Sendable, Equatable, Encodable {
    public enum State: String, Sendable, Equatable, Encodable {
        /// Found as written, where it was.
        case exact
        /// Found as written, somewhere else.
        case moved
        /// Found with changed words.
        case fuzzy
        /// Not placed: the text is gone, or only a look-alike remains.
        case orphaned
    }

    public var id: String
    public var state: State
    public var anchor: String
    public var section: SectionKind?
    public var sentence: Int?
    public var range: TextRange?
    public var key: String?
    public var change: String?
    /// Word similarity of the quote and the text it landed on (1 for exact).
    public var score: Double?
    /// The text the note landed on.
    public var found: String?
    /// Why a note is orphaned, or what else a reader should know.
    public var reason: String?

    init(id: String, state: State, anchor: String) {
        self.id = id
        self.state = state
        self.anchor = anchor
    }

    /// A note that was not placed at all, and why.
    public static func unplaced(_ note: Note, reason: String) -> Resolution {
        var result = Resolution(id: note.id, state: .orphaned, anchor: note.anchor.kind)
        switch note.anchor {
        case .statistic(let key): result.key = key
        case .change(let id): result.change = id
        case .section(let kind): result.section = kind
        case .quote(let selector): result.section = selector.section
        case .tier: break
        }
        result.reason = reason
        return result
    }

    private enum CodingKeys: String, CodingKey {
        case id, state, anchor, section, sentence, range, key, change, score, found, reason
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(state, forKey: .state)
        try c.encode(anchor, forKey: .anchor)
        try c.encode(section, forKey: .section)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(range, forKey: .range)
        try c.encode(key, forKey: .key)
        try c.encode(change, forKey: .change)
        try c.encode(score.map { ($0 * 1000).rounded() / 1000 }, forKey: .score)
        try c.encode(found, forKey: .found)
        try c.encode(reason, forKey: .reason)
    }
}
