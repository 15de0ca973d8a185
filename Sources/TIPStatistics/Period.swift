/// The period a figure is for, as the text names it, before and after it is placed in the calendar.

/// A period named in the text: a year, a fiscal year, a span, or one relative to the edition's reporting period.
public enum Period: Sendable, Hashable {
    case year(Int)
    case fiscalYear(Int)
    case span(Int, Int)
    /// "the previous reporting period", "last year", "the previous fiscal year".
    case previous(fiscal: Bool)
    /// "the current reporting period", "during the fiscal year".
    case current(fiscal: Bool)
    /// "over the last six years".
    case lastYears(Int)

    /// The period in the calendar, given the year the edition reports on: "2016", "FY 2018", "2012-2017".
    /// A year after the reporting year is the edition's own, which the reporting period reaches into (periods
    /// run to March or April): "in January 2018" in the 2018 edition is the reporting period's.
    public func resolved(reportingYear: Int?) -> String {
        switch self {
        case .year(let year): String(reportingYear.map { year == $0 + 1 ? $0 : year } ?? year)
        case .fiscalYear(let year): "FY \(year)"
        case .span(let first, let last): first == last ? String(first) : "\(first)-\(last)"
        case .previous(let fiscal):
            reportingYear.map { (fiscal ? "FY " : "") + String($0 - 1) } ?? "previous reporting period"
        case .current(let fiscal): reportingYear.map { (fiscal ? "FY " : "") + String($0) } ?? "reporting period"
        case .lastYears(let count): reportingYear.map { "\($0 - count + 1)-\($0)" } ?? "last \(count) years"
        }
    }

    /// The last calendar year a resolved period ("2016", "FY 2018", "2012-2017") reaches.
    public static func lastYear(ofResolved period: String) -> Int? {
        period.split(whereSeparator: { !$0.isNumber }).last.flatMap { Int($0) }
    }

    /// The last calendar year the period reaches, when it can be placed.
    func lastYear(reportingYear: Int?) -> Int? {
        switch self {
        case .year(let year), .fiscalYear(let year), .span(_, let year): year
        case .previous: reportingYear.map { $0 - 1 }
        case .current, .lastYears: reportingYear
        }
    }
}
