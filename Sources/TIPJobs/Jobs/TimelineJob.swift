import TIPModel
import TIPReportsFolder
import TIPTierTables
import TIPTimelines

/// `timeline` as one call: a country (any name the alias table knows) followed through every edition of a
/// reports folder, with its tier history from the tables and its restated figures audited.
public struct TimelineJob: Sendable {
    /// What the job found.
    public struct Result: Sendable {
        public var timeline: Timeline
        /// The country's placements by the tier tables, for the HTML page.
        public var tierHistory: [TierTable.Placement]
    }

    public var folder: ReportsFolder

    public init(folder: ReportsFolder) { self.folder = folder }

    /// The timeline of `country`; an unknown name is refused with the names closest to it.
    public func run(country: String) throws -> Result {
        let table = try folder.tierTable()
        guard let name = table.aliases.canonical(country) else {
            throw TierDataError.unknownCountry(country, suggestions: folder.suggestions(for: country))
        }
        let editions = try folder.editions(of: name)
        guard !editions.isEmpty else { throw TierDataError.noData("no editions of \(name) under \(folder.root)/<year>/") }
        var timeline = Timeline(country: name, editions: editions, table: table)
        let years = folder.editionPaths(of: name).map(\.year)
        timeline.restatements = TimelineRestatements.audit(country: name, editions: Array(zip(years, editions)))
        return Result(timeline: timeline, tierHistory: table.history(of: name))
    }
}
