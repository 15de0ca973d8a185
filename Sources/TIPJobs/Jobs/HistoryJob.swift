import TIPHistory
import TIPModel
import TIPReportsFolder
import TIPTierTables

/// `history` as one call: a country (any name the alias table knows) followed sentence by sentence through
/// every edition of a reports folder, each consecutive pair of editions aligned once.
public struct HistoryJob: Sendable {
    public var folder: ReportsFolder

    public init(folder: ReportsFolder) { self.folder = folder }

    /// The sentence history of `country`; an unknown name is refused with the names closest to it.
    public func run(country: String) throws -> SentenceHistory {
        let table = try folder.tierTable()
        guard let name = table.aliases.canonical(country) else {
            throw TierDataError.unknownCountry(country, suggestions: folder.suggestions(for: country))
        }
        let years = folder.editionPaths(of: name).map(\.year)
        let editions = try folder.editions(of: name)
        guard !editions.isEmpty else { throw TierDataError.noData("no editions of \(name) under \(folder.root)/<year>/") }
        return HistoryBuilder.history(country: name, editions: Array(zip(years, editions)))
    }
}
