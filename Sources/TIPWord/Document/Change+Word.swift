import TIPDiff

extension Change {
    /// The figure change, when this is one.
    var statisticChange: Identified<StatisticChange>? {
        if case .statistic(let change) = self { return change }
        return nil
    }

    /// The recommendation change, when this is one.
    var recommendationChange: Identified<RecommendationChange>? {
        if case .recommendation(let change) = self { return change }
        return nil
    }

    /// The sentence change, when this is one.
    var sentenceChange: Identified<SentenceChange>? {
        if case .sentence(let change) = self { return change }
        return nil
    }
}
