import TIPDiff
import TIPModel
import TIPStatistics
import TIPTierTables

/// A country across every edition: tier and movement, verdicts, each statistic as a series, recommendations
/// with the years they appear in, and consistency between what an edition says of an earlier period and what
/// the earlier edition reported.
public struct Timeline: Sendable, Encodable {
    public struct Year: Sendable, Encodable {
        public var year: Int
        public var path: String
        public var tier: Tier
        /// Where the tier came from: the edition's statement, heading or headline formula, or the tier table
        /// when the edition states none.
        public var tierSource: PlacementSource?
        public var movement: Movement
        public var verdicts: [String: String]
    }

    public struct Point: Sendable, Encodable {
        public var year: Int
        public var value: Double
        public var upper: Double?
        /// An upper end that is not a number ("life").
        public var openUpper: String?
        public var text: String
        public var period: String?
        /// count, percent, money, years ...; money with its currency.
        public var unit: Statistic.Unit
        public var currency: String?
    }

    public struct Series: Sendable, Encodable {
        public var key: String
        /// What the series counts, for a reader, as the latest edition words it.
        public var label: String
        public var points: [Point]
    }

    public struct Appearance: Sendable, Encodable {
        public var year: Int
        /// new, carried (same words), reworded
        public var status: String
        public var text: String
        /// Its place in that edition's recommendations (from 0).
        public var index: Int
    }

    /// One recommendation followed across editions: its words, the years it appears in, each year's wording.
    public struct RecommendationHistory: Sendable, Encodable {
        public var text: String
        public var years: [Int]
        public var history: [Appearance]
        /// The last year it appeared in, when a later edition dropped it.
        public var droppedAfter: Int?
    }

    public struct Finding: Sendable, Encodable {
        /// "statistic" or "tier"
        public var kind: String
        public var year: Int
        public var message: String
    }

    public var country: String
    public var years: [Year]
    public var series: [Series]
    public var recommendations: [RecommendationHistory]
    /// Mismatches found; `checks` counts every comparison made.
    public var consistency: [Finding]
    public var checks: Int
    /// Every figure the editions restate for an earlier period, audited: filled by whoever holds the audit
    /// (the timeline job), empty when nobody did.
    public var restatements: [TimelineRestatement] = []

    public init(country: String, editions: [Edition], table: TierTable?) {
        let ordered = editions.filter { $0.reportYear != nil }.sorted { $0.reportYear! < $1.reportYear! }
        self.country = country
        let extractor = StatisticsExtractor()
        let statistics = ordered.map { extractor.statistics(in: $0) }

        years = ordered.map { edition in
            var tier = edition.tier.placement
            var source = edition.tier.source
            if tier == .unknown, let placed = table?.placements(in: edition.reportYear!)[country] {
                (tier, source) = (placed.tier, .tierTable)
            }
            return Year(
                year: edition.reportYear!, path: edition.source.path, tier: tier, tierSource: source, movement: edition.tier.movement,
                verdicts: Dictionary(
                    edition.sections.compactMap { s in s.verdictPhrase.map { (s.kind.rawValue, $0) } }, uniquingKeysWith: { a, _ in a }))
        }

        var seriesByKey: [String: [Point]] = [:]
        var keyOrder: [String] = []
        var labels: [String: String] = [:]
        for (edition, stats) in zip(ordered, statistics) {
            var seen = Set<String>()
            for stat in stats where !stat.prior && seen.insert(stat.key).inserted {
                if seriesByKey[stat.key] == nil { keyOrder.append(stat.key) }
                labels[stat.key] = stat.label
                seriesByKey[stat.key, default: []].append(
                    Point(
                        year: edition.reportYear!, value: stat.value, upper: stat.upper, openUpper: stat.openUpper, text: stat.text,
                        period: stat.period, unit: stat.unit, currency: stat.currency))
            }
        }
        series = keyOrder.map { Series(key: $0, label: labels[$0]!, points: seriesByKey[$0]!) }
        recommendations = Self.chains(of: ordered)
        (consistency, checks) = Self.consistency(ordered, statistics, table: table, country: country)
    }

    /// Recommendations followed from year to year by the sentence alignment, over editions in year order.
    public static func chains(of editions: [Edition]) -> [RecommendationHistory] {
        var chains: [RecommendationHistory] = []
        var open: [Int: Int] = [:]  // item index in the previous edition → chain
        var previous: [Recommendation] = []
        for edition in editions {
            let year = edition.reportYear!
            let items = edition.recommendations
            let alignment = RecommendationComparison.align(previous, items)
            var next: [Int: Int] = [:]
            var continued = Set<Int>()
            for pair in alignment.pairs {
                guard let chain = open[pair.old] else { continue }
                chains[chain].years.append(year)
                chains[chain].history.append(
                    Appearance(
                        year: year, status: pair.isExact ? "carried" : "reworded", text: items[pair.new].text, index: pair.new))
                chains[chain].text = items[pair.new].text
                next[pair.new] = chain
                continued.insert(chain)
            }
            for chain in open.values where !continued.contains(chain) {
                chains[chain].droppedAfter = chains[chain].years.last
            }
            for (index, item) in items.enumerated() where next[index] == nil {
                chains.append(
                    RecommendationHistory(
                        text: item.text, years: [year], history: [Appearance(year: year, status: "new", text: item.text, index: index)]))
                next[index] = chains.count - 1
            }
            open = next
            previous = items
        }
        return chains
    }

    /// Earlier-period figures against the earlier edition, and each edition's tier against the table.
    private static func consistency(_ editions: [Edition], _ statistics: [[Statistic]], table: TierTable?, country: String) -> (
        [Finding], Int
    ) {
        var findings: [Finding] = []
        var checks = 0
        for (index, edition) in editions.enumerated() {
            let year = edition.reportYear!
            for prior in statistics[index] where prior.prior {
                guard let resolved = prior.resolvedPeriod, let period = prior.period ?? prior.resolvedPeriod else { continue }
                // The earlier edition that gave that period's figure as its current one.
                var candidate: (Statistic, Edition)?
                for (earlierIndex, earlier) in editions.enumerated().reversed() where earlier.reportYear! < year {
                    // Only a figure the earlier edition places in the same period is comparable: editions report
                    // on different data years (the 2025 Cuba narrative gives 2023 data).
                    // And only one of the same section: the profile's "160 Cuban victims" is not the protection's.
                    let inPeriod = statistics[earlierIndex].filter {
                        !$0.prior && $0.resolvedPeriod == resolved && Keys.metric(of: $0.key) == Keys.metric(of: prior.key)
                            && $0.unit == prior.unit && $0.section == prior.section
                    }
                    if let match = inPeriod.first(where: { $0.key == prior.key }) ?? inPeriod.first {
                        candidate = (match, earlier)
                        break
                    }
                }
                guard let (reported, earlier) = candidate else { continue }
                checks += 1
                if reported.value != prior.value {
                    findings.append(
                        Finding(
                            kind: "statistic", year: year,
                            message:
                                "\(edition.source.path) gives \(Statistic.readable(prior.value)) for \(prior.key) \(period) (\"\(prior.text) \(prior.counted)\"); \(earlier.source.path) reported \(Statistic.readable(reported.value)) (\"\(reported.text) \(reported.counted)\", key \(reported.key))"
                        ))
                }
            }
            // What the movement says of the year before, against the earlier edition and the table.
            for (source, earlier) in previousPlacements(year: year - 1, editions: editions, table: table, country: country) {
                checks += 1
                if let problem = movementProblem(edition.tier, before: earlier) {
                    findings.append(
                        Finding(
                            kind: "tier", year: year,
                            message:
                                "\(edition.source.path) says \"\(edition.tier.statement ?? edition.tier.movement.rawValue)\", \(problem); \(source) has \(earlier.rawValue) for \(year - 1)"
                        ))
                }
            }
            if let table, edition.tier.placement != .unknown {
                let placed = table.history(of: country).first { $0.year == year }
                if let placed {
                    checks += 1
                    if placed.tier != edition.tier.placement {
                        findings.append(
                            Finding(
                                kind: "tier", year: year,
                                message:
                                    "\(edition.source.path) states \(edition.tier.placement.rawValue); the tier table has \(placed.tier.rawValue) for \(year) (\(placed.source))"
                            ))
                    }
                }
            }
        }
        return (findings, checks)
    }

    /// The placement of `year` from the edition of that year and from the tier table, each with its source.
    private static func previousPlacements(year: Int, editions: [Edition], table: TierTable?, country: String) -> [(String, Tier)] {
        var found: [(String, Tier)] = []
        if let edition = editions.first(where: { $0.reportYear == year }), edition.tier.placement != .unknown {
            found.append((edition.source.path, edition.tier.placement))
        }
        if let placed = table?.history(of: country).first(where: { $0.year == year }) {
            found.append(("the tier table (\(placed.source))", placed.tier))
        }
        return found
    }

    /// Why a stated movement cannot follow the earlier placement, or `nil` when it can.
    private static func movementProblem(_ placement: TierPlacement, before earlier: Tier) -> String? {
        if let previous = placement.previous, previous != earlier {
            return "which puts it on \(previous.rawValue) the year before"
        }
        guard let now = placement.placement.rank, let then = earlier.rank else { return nil }
        switch placement.movement {
        case .upgraded where now >= then: return "an upgrade to \(placement.placement.rawValue)"
        case .downgraded where now <= then: return "a downgrade to \(placement.placement.rawValue)"
        default: return nil
        }
    }
}
