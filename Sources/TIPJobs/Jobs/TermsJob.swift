import TIPHistory
import TIPReportsFolder

/// `terms` as one call: terms counted across one country's editions or the whole archive, or, with no
/// terms, the wording whose use changed.
public struct TermsJob: Sendable {
    public var folder: ReportsFolder

    public init(folder: ReportsFolder) { self.folder = folder }

    /// The report on `terms` over `country` (any name the alias table knows), or every country when `nil`.
    public func run(country: String?, terms: [String]) throws -> TermReport {
        TermCounter.report(archive: try ArchiveEditions.load(folder, country: country), terms: terms)
    }
}
