import TIPModel

/// The history of every sentence of one country across its editions: each sentence's lineage, and per
/// section and year the share of text carried from the year before, reworded and new.
public struct SentenceHistory: Sendable, Encodable {
    public var country: String
    /// The editions' years, oldest first.
    public var years: [Int]
    /// The newest edition's sentences in reading order, then the dropped ones, latest dropped first.
    public var lineages: [SentenceLineage]
    /// Per edition (oldest first) and section in reading order.
    public var shares: [SectionShare]

    public init(country: String, years: [Int], lineages: [SentenceLineage], shares: [SectionShare]) {
        self.country = country
        self.years = years
        self.lineages = lineages
        self.shares = shares
    }

    /// The sentences the newest edition has, in reading order.
    public var current: [SentenceLineage] { lineages.filter(\.isCurrent) }

    /// The sentences an earlier edition had and the newest does not.
    public var dropped: [SentenceLineage] { lineages.filter { !$0.isCurrent } }

    /// The lineage of the newest edition's sentence that reads `text`, if one does.
    public func lineage(of text: String) -> SentenceLineage? { lineages.first { $0.isCurrent && $0.text == text } }
}
