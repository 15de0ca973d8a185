import TIPModel
import TIPStatistics
import TIPSupport

/// One side of a comparison: the edition and its statistics, extracted once and shared by every consumer.
public struct ComparedEdition: Sendable {
    public var edition: Edition
    public var statistics: [Statistic]

    /// Extracts the edition's statistics; `counter`, when given, tallies the extraction.
    public init(_ edition: Edition, counter: WorkCounter? = nil) {
        var vocabulary = Vocabulary()
        self.init(edition, counter: counter, vocabulary: &vocabulary)
    }

    /// Extracts the edition's statistics reading its words through `vocabulary`, shared with the other side.
    public init(_ edition: Edition, counter: WorkCounter? = nil, vocabulary: inout Vocabulary) {
        self.edition = edition
        self.statistics = StatisticsExtractor().statistics(in: edition, vocabulary: &vocabulary)
        counter?.count(.statisticsExtracted)
    }
}
