/// Visits the change tree and returns a result of its own type, failing with a typed error, in the manner of
/// swift-markdown's `MarkupVisitor`: one method per node type, each defaulting to `defaultVisit`.
public protocol ChangeVisitor {
    /// What a visit gives back (`Void` for a walker that gathers as it goes).
    associatedtype Result
    /// What a visit may throw; `Never` for a visitor that cannot fail.
    associatedtype Failure: Error = Never

    /// What every visit the visitor does not override does.
    mutating func defaultVisit(_ node: any ChangeNode) throws(Failure) -> Result

    mutating func visitComparison(_ comparison: Comparison) throws(Failure) -> Result
    mutating func visitCountry(_ country: CountryComparison) throws(Failure) -> Result
    mutating func visitSection(_ section: SectionComparison) throws(Failure) -> Result
    mutating func visitTier(_ change: Identified<TierChange>) throws(Failure) -> Result
    mutating func visitEffort(_ change: Identified<EffortChange>) throws(Failure) -> Result
    mutating func visitVerdict(_ change: Identified<VerdictChange>) throws(Failure) -> Result
    mutating func visitSectionChange(_ change: Identified<SectionChange>) throws(Failure) -> Result
    mutating func visitSentence(_ change: Identified<SentenceChange>) throws(Failure) -> Result
    mutating func visitTerm(_ change: Identified<TermChange>) throws(Failure) -> Result
    mutating func visitStatistic(_ change: Identified<StatisticChange>) throws(Failure) -> Result
    mutating func visitFormat(_ change: Identified<FormatChange>) throws(Failure) -> Result
    mutating func visitRecommendation(_ change: Identified<RecommendationChange>) throws(Failure) -> Result
    mutating func visitCountryChange(_ change: Identified<CountryChange>) throws(Failure) -> Result
}

extension ChangeVisitor {
    /// Visits `node` through the method of its type.
    public mutating func visit(_ node: any ChangeNode) throws(Failure) -> Result { try node.accept(&self) }

    public mutating func visitComparison(_ comparison: Comparison) throws(Failure) -> Result { try defaultVisit(comparison) }
    public mutating func visitCountry(_ country: CountryComparison) throws(Failure) -> Result { try defaultVisit(country) }
    public mutating func visitSection(_ section: SectionComparison) throws(Failure) -> Result { try defaultVisit(section) }
    public mutating func visitTier(_ change: Identified<TierChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitEffort(_ change: Identified<EffortChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitVerdict(_ change: Identified<VerdictChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitSectionChange(_ change: Identified<SectionChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitSentence(_ change: Identified<SentenceChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitTerm(_ change: Identified<TermChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitStatistic(_ change: Identified<StatisticChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitFormat(_ change: Identified<FormatChange>) throws(Failure) -> Result { try defaultVisit(change) }
    public mutating func visitRecommendation(_ change: Identified<RecommendationChange>) throws(Failure) -> Result {
        try defaultVisit(change)
    }
    public mutating func visitCountryChange(_ change: Identified<CountryChange>) throws(Failure) -> Result { try defaultVisit(change) }
}
