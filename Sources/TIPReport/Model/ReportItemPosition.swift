import TIPDiff
import TIPModel

/// Where a change stands among a section's items, read off the node: its group (verdict, text, statistic,
/// recommendation), the sentence index it sorts by, and the span of NEW's sentences it covers when its text is
/// still in NEW (where a quote note lands on it).
struct ReportItemPosition: ChangeVisitor {
    struct Position {
        var group: Int
        var index: Int?
        /// The first and last sentence index of NEW the item covers.
        var newSpan: ClosedRange<Int>?
        var isFormat = false
    }

    mutating func defaultVisit(_ node: any ChangeNode) -> Position { Position(group: 4) }

    mutating func visitVerdict(_ change: Identified<VerdictChange>) -> Position { Position(group: 0) }

    mutating func visitSentence(_ change: Identified<SentenceChange>) -> Position {
        let span = change.operation == .removed ? nil : change.newIndex.map { $0...($0 + (change.length ?? 1) - 1) }
        return Position(group: 1, index: change.newIndex ?? change.oldIndex, newSpan: span)
    }

    mutating func visitFormat(_ change: Identified<FormatChange>) -> Position { Position(group: 1, index: change.newIndex, isFormat: true) }

    mutating func visitStatistic(_ change: Identified<StatisticChange>) -> Position {
        Position(group: 2, index: change.new?.sentence ?? change.old?.sentence)
    }

    mutating func visitRecommendation(_ change: Identified<RecommendationChange>) -> Position {
        let span = change.operation == .removed ? nil : change.newIndex.map { $0...$0 }
        return Position(group: 3, index: change.newIndex ?? change.oldIndex, newSpan: span)
    }
}
