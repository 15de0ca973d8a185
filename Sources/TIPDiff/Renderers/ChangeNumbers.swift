import TIPModel
import TIPStatistics

/// Figures and deltas as every renderer writes them.
public enum ChangeNumbers {
    public static func value(_ value: Double?) -> String { value.map(Statistic.readable) ?? "-" }

    /// A side as a figure or a range in its unit: "14", "7-25", "$7 billion", "75%".
    public static func figure(_ side: StatisticChange.Side?, of change: StatisticChange? = nil) -> String {
        guard let side else { return "-" }
        let number = { (value: Double) in inUnit(Statistic.readable(value), change) }
        return number(side.value) + (side.upper.map { "-" + number($0) } ?? "")
    }

    /// A number written in the change's unit: dollars with "$", percentages with "%".
    static func inUnit(_ number: String, _ change: StatisticChange?) -> String {
        change.map { $0.unit.written(number, currency: $0.currency) } ?? number
    }

    /// "+5, +55.6%"; money in its currency ("+$700 million"), percentages in points ("+5 points"); a range
    /// gets no single delta or percent, but the end that moved: "lower -1", "upper +9".
    public static func delta(_ change: StatisticChange) -> String {
        let signed = { (value: Double) -> String in
            let sign = value >= 0 ? "+" : "-"
            let magnitude = Statistic.readable(abs(value))
            return change.unit == .percent ? sign + magnitude + " points" : sign + inUnit(magnitude, change)
        }
        if change.old?.upper != nil || change.new?.upper != nil {
            let ends = [change.lowerDelta.map { "lower " + signed($0) }, change.upperDelta.map { "upper " + signed($0) }]
            let moved = ends.compactMap { $0 }
            return moved.isEmpty ? "range redrawn" : moved.joined(separator: ", ")
        }
        guard let delta = change.delta else { return "" }
        var text = signed(delta)
        if change.unit == .percent { return text }
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
