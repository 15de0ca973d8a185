import TIPModel
import TIPStatistics

/// What the timeline renderers write in a cell: a point's figure in its unit, a recommendation's years.
extension Timeline.Point {
    /// The figure in its unit, a range's upper end after `dash`, an open end in words ("10-life" is "10 to life").
    func figure(dash: String) -> String {
        unit.written(Statistic.readable(value), currency: currency)
            + (upper.map { dash + unit.written(Statistic.readable($0), currency: currency) } ?? "")
            + (openUpper.map { " to " + $0 } ?? "")
    }
}

extension Timeline.RecommendationHistory {
    /// The years it appears in with its status each year, and when it was dropped ("2024 new, 2025 carried").
    var yearsText: String {
        history.map { "\($0.year) \($0.status)" }.joined(separator: ", ") + (droppedAfter.map { "; dropped after \($0)" } ?? "")
    }
}
