import TIPHistory
import TIPReportsFolder

/// `restatements` as one call: every figure one country's editions, or the whole archive's, restate for an
/// earlier period, checked against the edition that reported it.
public struct RestatementsJob: Sendable {
    public var folder: ReportsFolder

    public init(folder: ReportsFolder) { self.folder = folder }

    /// The audit of `country` (any name the alias table knows), or of every country when `nil`.
    public func run(country: String?) throws -> RestatementAudit {
        RestatementAudit(
            checks: try ArchiveEditions.load(folder, country: country).flatMap {
                RestatementAuditor.audit(country: $0.country, editions: $0.editions)
            })
    }
}
