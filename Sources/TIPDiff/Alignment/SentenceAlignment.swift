import TIPStatistics

/// Which sentences of two versions of a section pair up, which moved, and which are only on one side.
public struct SentenceAlignment: Sendable, Equatable {
    /// Matched pairs of indices, ordered by the old index.
    public var pairs: [Pair]
    /// Old indices with no partner (removed).
    public var unmatchedOld: [Int]
    /// New indices with no partner (added).
    public var unmatchedNew: [Int]

    public struct Pair: Sendable, Equatable {
        public var old: Int
        public var new: Int
        /// Whether the normalised texts are equal (numbers by value, quotes and case folded).
        public var isExact: Bool
        /// Whether the pair is outside the longest run kept in order: the sentence moved.
        public var isMoved: Bool
    }
}
