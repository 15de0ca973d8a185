/// Visits a change tree: comparison, then country changes and countries, then each country's changes in
/// document order. Every method has a default, so a renderer overrides only what it writes.
public protocol ChangeWalker {
    mutating func visit(_ comparison: Comparison)
    mutating func visit(_ country: CountryComparison)
    mutating func visit(_ change: Change)
    mutating func visitTier(_ change: TierChange)
    mutating func visitEffort(_ change: EffortChange)
    mutating func visitVerdict(_ change: VerdictChange)
    mutating func visitSection(_ change: SectionChange)
    mutating func visitSentence(_ change: SentenceChange)
    mutating func visitTerm(_ change: TermChange)
    mutating func visitStatistic(_ change: StatisticChange)
    mutating func visitFormat(_ change: FormatChange)
    mutating func visitRecommendation(_ change: RecommendationChange)
    mutating func visitCountry(_ change: CountryChange)
}

extension ChangeWalker {
    public mutating func visit(_ comparison: Comparison) { descend(into: comparison) }
    public mutating func visit(_ country: CountryComparison) { descend(into: country) }

    /// The one dispatch from a change to its typed visit.
    public mutating func visit(_ change: Change) {
        switch change {
        case .tier(let c): visitTier(c)
        case .effort(let c): visitEffort(c)
        case .verdict(let c): visitVerdict(c)
        case .section(let c): visitSection(c)
        case .sentence(let c): visitSentence(c)
        case .term(let c): visitTerm(c)
        case .statistic(let c): visitStatistic(c)
        case .format(let c): visitFormat(c)
        case .recommendation(let c): visitRecommendation(c)
        case .country(let c): visitCountry(c)
        }
    }

    /// The default descent: country changes, then each country.
    public mutating func descend(into comparison: Comparison) {
        for change in comparison.countryChanges { visit(.country(change)) }
        for country in comparison.countries { visit(country) }
    }

    /// The default descent: the country's changes in document order.
    public mutating func descend(into country: CountryComparison) {
        for change in country.changes { visit(change) }
    }

    public mutating func visitTier(_ change: TierChange) {}
    public mutating func visitEffort(_ change: EffortChange) {}
    public mutating func visitVerdict(_ change: VerdictChange) {}
    public mutating func visitSection(_ change: SectionChange) {}
    public mutating func visitSentence(_ change: SentenceChange) {}
    public mutating func visitTerm(_ change: TermChange) {}
    public mutating func visitStatistic(_ change: StatisticChange) {}
    public mutating func visitFormat(_ change: FormatChange) {}
    public mutating func visitRecommendation(_ change: RecommendationChange) {}
    public mutating func visitCountry(_ change: CountryChange) {}
}
