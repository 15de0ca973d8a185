import TIPDiff
import TIPModel
import TIPStatistics
import TIPSupport

/// The archive as a panel for statistics software: one row per country and year with the tier, movement,
/// effort finding, the three verdicts and the figures of the fixed vocabulary (in total, for sex
/// trafficking, for labor trafficking), empty where the edition does not say; earlier-period figures in
/// columns of their own.
public struct Panel: Sendable {
    /// The measures, as the statistics' keys name them after their section.
    public static let measures = ["investigations", "prosecutions", "convictions", "victims-identified"]
    /// Each measure in total and split as the keys split it.
    public static let splits = ["", ".sex-trafficking", ".labor-trafficking"]

    public var header: [String]
    public var rows: [[String]]

    public init(editions: [ComparedEdition]) {
        let figures = Self.measures.flatMap { measure in Self.splits.map { measure + $0 } }
        func column(_ figure: String) -> String { figure.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_") }
        header =
            ["country", "year", "tier", "movement", "effort", "prosecution_verdict", "protection_verdict", "prevention_verdict"]
            + figures.map(column) + figures.map { column($0) + "_earlier" }
        let ordered = editions.sorted {
            ($0.edition.country, $0.edition.reportYear ?? 0) < ($1.edition.country, $1.edition.reportYear ?? 0)
        }
        rows = ordered.map { compared in
            let edition = compared.edition
            func verdict(_ kind: SectionKind) -> String { edition.section(kind)?.verdict?.rawValue ?? "" }
            // The first figure for each key after its section, current and earlier.
            var current: [String: Statistic] = [:]
            var earlier: [String: Statistic] = [:]
            for statistic in compared.statistics {
                let measure = statistic.key.split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? statistic.key
                if statistic.prior {
                    if earlier[measure] == nil { earlier[measure] = statistic }
                } else if current[measure] == nil {
                    current[measure] = statistic
                }
            }
            func value(_ statistic: Statistic?) -> String { statistic.map { Statistic.format($0.value) } ?? "" }
            return [
                edition.country, edition.reportYear.map(String.init) ?? "", edition.tier.placement.rawValue, edition.tier.movement.rawValue,
                edition.tier.effort?.rawValue ?? "", verdict(.prosecution), verdict(.protection), verdict(.prevention),
            ] + figures.map { value(current[$0]) } + figures.map { value(earlier[$0]) }
        }
    }
}
