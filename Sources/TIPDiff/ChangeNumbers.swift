/// Figures and deltas as every renderer writes them.
import TIPModel
import TIPStatistics

public enum ChangeNumbers {
    public static func value(_ value: Double?) -> String { value.map(Statistic.readable) ?? "-" }

    /// A side as a figure or a range: "14", "7-25".
    public static func figure(_ side: StatisticChange.Side?) -> String {
        guard let side else { return "-" }
        return Statistic.readable(side.value) + (side.upper.map { "-" + Statistic.readable($0) } ?? "")
    }

    /// "+5, +55.6%"; for a range whose upper end moved, that too: "upper +9".
    public static func delta(_ change: StatisticChange) -> String {
        guard let delta = change.delta else { return "" }
        if let upper = change.upperDelta {
            let lower = delta == 0 ? "" : (delta >= 0 ? "+" : "") + Statistic.readable(delta) + ", "
            return lower + "upper " + (upper >= 0 ? "+" : "") + Statistic.readable(upper)
        }
        var text = (delta >= 0 ? "+" : "") + Statistic.readable(delta)
        if let percent = change.percentChange {
            let rounded = (percent * 10).rounded() / 10
            text += ", " + (rounded >= 0 ? "+" : "") + Statistic.format(rounded) + "%"
        }
        return text
    }

    /// The percent change rounded to one decimal, as the XML and CSV give it.
    public static func percent(_ change: StatisticChange) -> String? {
        change.percentChange.map { Statistic.format(($0 * 10).rounded() / 10) }
    }
}
