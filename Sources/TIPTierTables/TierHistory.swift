import TIPModel
import TIPSupport

/// One country's placements across every year of the data and the editions: runs, gaps, the years on the
/// Watch List in a row (the report's automatic-downgrade rule counts them), and editions that disagree.
public struct TierHistory: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var year: Int
        public var tier: Tier
        /// "data" (a tier table) or "edition" (a narrative in Reports/)
        public var source: String
        public var path: String
    }

    public struct Run: Sendable, Encodable {
        public var tier: Tier
        public var from: Int
        public var to: Int
    }

    public var country: String
    public var entries: [Entry]
    public var runs: [Run]
    /// Years the data has nothing for the country, between its first and last placement.
    public var gaps: [Int]
    /// Consecutive years on the Watch List ending with the latest year on it.
    public var watchListInARow: Int
    public var latestWatchListYear: Int?
    /// Editions whose stated tier differs from the table's for that year.
    public var disagreements: [String]

    /// `editions` are (year, tier, path) read from narratives.
    public init(country: String, table: TierTable, editions: [(year: Int, tier: Tier, path: String)]) {
        self.country = country
        let data = table.history(of: country)
        var entries = data.map { Entry(year: $0.year, tier: $0.tier, source: "data", path: $0.source) }
        var disagreements: [String] = []
        for edition in editions.sorted(by: { $0.year < $1.year }) where edition.tier != .unknown {
            entries.append(Entry(year: edition.year, tier: edition.tier, source: "edition", path: edition.path))
            if let placed = data.first(where: { $0.year == edition.year }), placed.tier != edition.tier {
                disagreements.append(
                    "\(edition.path) states \(edition.tier.rawValue) for \(edition.year); the tier table has \(placed.tier.rawValue) (\(placed.source))"
                )
            }
        }
        self.entries = entries.sorted { ($0.year, $0.source) < ($1.year, $1.source) }
        self.disagreements = disagreements

        // Runs over the data, falling back on an edition for a year the data lacks.
        var byYear: [Int: Tier] = [:]
        for entry in self.entries where byYear[entry.year] == nil || entry.source == "data" { byYear[entry.year] = entry.tier }
        let years = byYear.keys.sorted()
        var runs: [Run] = []
        for year in years {
            let tier = byYear[year]!
            if let last = runs.last, last.tier == tier, last.to + 1 == year {
                runs[runs.count - 1].to = year
            } else {
                runs.append(Run(tier: tier, from: year, to: year))
            }
        }
        self.runs = runs
        gaps = years.isEmpty ? [] : (years.first!...years.last!).filter { byYear[$0] == nil }
        let lastWatch = runs.last { $0.tier == .tier2WatchList }
        watchListInARow = lastWatch.map { $0.to - $0.from + 1 } ?? 0
        latestWatchListYear = lastWatch?.to
    }

}
