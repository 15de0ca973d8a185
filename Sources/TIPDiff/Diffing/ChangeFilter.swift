/// Which changes a reader asked for: some categories (`--kinds tier,statistic`), and whether figures for an
/// earlier period, given for comparison, count (`--no-earlier-figures`).
public struct ChangeFilter: Sendable {
    /// The categories to keep; `nil` keeps every one.
    public var categories: Set<ChangeCategory>?
    public var earlierFigures: Bool

    public init(categories: Set<ChangeCategory>? = nil, earlierFigures: Bool = true) {
        self.categories = categories
        self.earlierFigures = earlierFigures
    }

    /// Whether the filter keeps everything.
    public var keepsAll: Bool { categories == nil && earlierFigures }

    /// Whether `change` is one the reader asked for.
    public func keeps(_ change: Change) -> Bool {
        if let categories, !categories.contains(change.kind.category) { return false }
        if !earlierFigures, case .statistic(let statistic) = change, statistic.prior { return false }
        return true
    }
}

extension Comparison {
    /// The comparison with only the changes `filter` keeps (countries stay, with fewer changes).
    public func filtered(_ filter: ChangeFilter) -> Comparison {
        guard !filter.keepsAll else { return self }
        let countries = self.countries.map { country in
            CountryComparison(
                country: country.country, old: country.old, new: country.new, alignments: country.alignments,
                changes: country.changes.filter(filter.keeps))
        }
        let countryChanges = filter.categories.map { $0.contains(.country) } ?? true ? self.countryChanges : []
        return Comparison(countries: countries, countryChanges: countryChanges, notCompared: notCompared)
    }
}
