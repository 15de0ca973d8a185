import TIPHistory
import TIPReportsFolder

/// `ledger` as one call: every prioritized recommendation of one country, or of the whole archive, across
/// its editions.
public struct LedgerJob: Sendable {
    public var folder: ReportsFolder

    public init(folder: ReportsFolder) { self.folder = folder }

    /// The ledger of `country` (any name the alias table knows), or of every country when `nil`.
    public func run(country: String?) throws -> RecommendationLedger {
        RecommendationLedger(
            countries: try ArchiveEditions.load(folder, country: country).map {
                LedgerBuilder.ledger(country: $0.country, editions: $0.editions)
            })
    }
}
