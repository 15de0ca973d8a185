import TIPHistory
import TIPModel
import TIPReportsFolder

/// `history` as one call: a country (any name the alias table knows) followed sentence by sentence through
/// every edition of a reports folder, each consecutive pair of editions aligned once.
public struct HistoryJob: Sendable {
    public var folder: ReportsFolder

    public init(folder: ReportsFolder) { self.folder = folder }

    /// The sentence history of `country`; an unknown name is refused with the names closest to it.
    public func run(country: String) throws -> SentenceHistory {
        let found = try ArchiveEditions.load(folder, country: country)[0]
        return HistoryBuilder.history(country: found.country, editions: found.editions)
    }
}
