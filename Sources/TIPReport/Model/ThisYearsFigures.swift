import TIPDiff
import TIPStatistics

/// A country's figure changes as a reader may quote them: this year's (a figure of the current period whose
/// value changed) apart from earlier figures restated differently, and the largest of this year's first:
/// single numbers by the size of their percent change, then ranges, which move by their ends and have no
/// single percent. One rule for every summary (Markdown, Word).
public struct ThisYearsFigures: Sendable {
    /// This year's changed figures, in reading order.
    public private(set) var changes: [Identified<StatisticChange>] = []
    /// How many earlier figures an edition restated with another value (revisions, not this year's change).
    public private(set) var revised = 0

    public init(_ country: CountryComparison) {
        for change in country.changes {
            guard case .statistic(let statistic) = change else { continue }
            if statistic.operation == .revised || (statistic.prior && statistic.operation == .changed) {
                revised += 1
            } else if statistic.operation == .changed {
                changes.append(statistic)
            }
        }
    }

    /// The `count` largest changes.
    public func largest(_ count: Int) -> [Identified<StatisticChange>] {
        let isRange = { (c: StatisticChange) in c.old?.upper != nil || c.new?.upper != nil }
        let size = { (c: StatisticChange) in isRange(c) ? -1 : abs(c.percentChange ?? 0) }
        return Array(changes.sorted { (size($0.payload), $1.key) > (size($1.payload), $0.key) }.prefix(count))
    }
}
