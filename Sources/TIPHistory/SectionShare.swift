import TIPModel

/// One section of one edition against the edition before: how many of its sentences were carried unchanged,
/// reworded or new, how many moved, and how many of the earlier edition's are gone.
public struct SectionShare: Sendable, Hashable, Encodable {
    public var year: Int
    /// The edition compared with (`nil` for the oldest edition, whose sentences are all new).
    public var previousYear: Int?
    public var section: SectionKind
    /// The section's sentences in this edition.
    public var sentences: Int
    /// Sentences equal to one of the year before (numbers by value, quotes and case folded), moved or not.
    public var carried: Int
    public var reworded: Int
    public var new: Int
    /// Carried or reworded sentences that stand out of their earlier order.
    public var moved: Int
    /// Sentences of the year before that this edition does not have.
    public var dropped: Int

    public init(
        year: Int, previousYear: Int?, section: SectionKind, sentences: Int, carried: Int, reworded: Int, new: Int, moved: Int,
        dropped: Int
    ) {
        self.year = year
        self.previousYear = previousYear
        self.section = section
        self.sentences = sentences
        self.carried = carried
        self.reworded = reworded
        self.new = new
        self.moved = moved
        self.dropped = dropped
    }

    /// `part` as a share of the section's sentences, in whole percent (0 for an empty section).
    public func percent(_ part: Int) -> Int {
        sentences == 0 ? 0 : Int((Double(part) * 100 / Double(sentences)).rounded())
    }
}
