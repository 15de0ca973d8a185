import TIPModel
import TIPReportsFolder
import TIPTierTables

/// `tiers` as one call: the placements of every country in two years, or one country's placement history with
/// the tiers its editions state, from the tier tables of `data` (else the folder's, else the built-in copy).
public struct TiersJob: Sendable {
    /// Two years compared, and the tables' names the alias table does not know (left out, each a warning).
    public struct Movements: Sendable {
        public var comparison: TierComparison
        public var warnings: [Diagnostic]
    }

    public var data: String?

    public init(data: String?) { self.data = data }

    /// Every country's placement in `from` beside its placement in `to`.
    public func compare(from: Int, to: Int) throws -> Movements {
        let table = try TierData.table(folder: data)
        let warnings = table.unknownNames.map {
            Diagnostic(.warning, location: $0.location, message: "'\($0.name)' is not in the alias table; left out")
        }
        return Movements(comparison: try TierComparison(table, from: from, to: to), warnings: warnings)
    }

    /// `country`'s placements by the tables beside the tier each of its editions under `reports` states; an
    /// unknown name is refused with the names closest to it.
    public func history(of country: String, reports: String) throws -> TierHistory {
        let table = try TierData.table(folder: data)
        let folder = try ReportsFolder(root: reports, data: data)
        guard let name = table.aliases.canonical(country) else {
            throw TierDataError.unknownCountry(country, suggestions: folder.suggestions(for: country))
        }
        let editions = try folder.editions(of: name).map { (year: $0.reportYear ?? 0, tier: $0.tier.placement, path: $0.source.path) }
        return TierHistory(country: name, table: table, editions: editions)
    }
}
