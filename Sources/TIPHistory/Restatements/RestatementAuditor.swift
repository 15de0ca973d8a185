import TIPModel
import TIPStatistics

/// Checks each figure an edition gives for an earlier period (a statistic in the comparison role, with its
/// period resolved by the statistics' period model) against the latest earlier edition that gives a figure
/// of the same measure, unit and section for that period as its current one. The current figures are kept
/// in a dictionary as the editions are read in year order, so the work is linear in the number of editions.
public enum RestatementAuditor {
    /// The checks of one country's editions, each with its year, in any order.
    public static func audit(country: String, editions: [(year: Int, edition: Edition)]) -> [RestatementCheck] {
        let extractor = StatisticsExtractor()
        return audit(country: country, editions: editions.map { ($0.year, $0.edition, extractor.statistics(in: $0.edition)) })
    }

    /// The checks of one country's editions, each with its year and the statistics already extracted from it
    /// (a comparison's, say), in any order.
    public static func audit(country: String, editions: [(year: Int, edition: Edition, statistics: [Statistic])]) -> [RestatementCheck] {
        var current: [Measure: [(key: String, figure: RestatedFigure)]] = [:]
        var checks: [RestatementCheck] = []
        var earliest: Int?
        for (year, edition, statistics) in editions.sorted(by: { $0.year < $1.year }) {
            for statistic in statistics where statistic.prior {
                guard let period = statistic.resolvedPeriod else { continue }
                let restated = figure(statistic, year: year, edition: edition)
                let found = current[Measure(statistic, period: period)] ?? []
                let reported = (found.first { $0.key == statistic.key } ?? found.first)?.figure
                let status: RestatementStatus =
                    reported.map { $0.value == statistic.value ? .consistent : .revised } ?? .notFound
                let reason: String? =
                    reported != nil
                    ? nil
                    : earliest == nil
                        ? "no earlier edition of \(country) in the archive"
                        : "no edition from \(earliest!) to \(year - 1) gives it as its current figure for \(period)"
                checks.append(
                    RestatementCheck(
                        country: country, key: statistic.key, period: period, status: status, restated: restated, reported: reported,
                        reason: reason))
            }
            // This edition's current figures replace the earlier ones for their periods, after its own checks.
            var mine: [Measure: [(key: String, figure: RestatedFigure)]] = [:]
            for statistic in statistics where !statistic.prior {
                guard let period = statistic.resolvedPeriod else { continue }
                mine[Measure(statistic, period: period), default: []].append(
                    (statistic.key, figure(statistic, year: year, edition: edition)))
            }
            current.merge(mine) { _, new in new }
            earliest = earliest ?? year
        }
        return checks
    }

    /// What makes two figures comparable: the same period, metric, unit and section (the profile's "160
    /// victims" is not the protection section's).
    struct Measure: Hashable {
        var period: String
        var metric: String
        var unit: String
        var section: SectionKind

        init(_ statistic: Statistic, period: String) {
            self.period = period
            metric = Keys.metric(of: statistic.key)
            unit = statistic.unit.description
            section = statistic.section
        }
    }

    private static func figure(_ statistic: Statistic, year: Int, edition: Edition) -> RestatedFigure {
        let sentences = edition.section(statistic.section)?.sentences ?? []
        let sentence = statistic.sentence < sentences.count ? sentences[statistic.sentence].text : statistic.text
        return RestatedFigure(
            year: year, path: edition.source.path, value: statistic.value, written: statistic.text, counted: statistic.counted,
            sentence: sentence)
    }
}
