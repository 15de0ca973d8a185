import TIPModel

/// Every change of a comparison as a flat row carrying its country, in reading order: the one maker of
/// `ChangeRecord`s, for the formats whose shape is rows (JSON, CSV, SQLite).
public struct ChangeRecords: ChangeVisitor {
    private var country: String?

    public static func of(_ comparison: Comparison) -> [ChangeRecord] {
        var visitor = ChangeRecords()
        return visitor.visit(comparison)
    }

    /// One country's changes as rows with no country named.
    public static func of(_ country: CountryComparison) -> [ChangeRecord] {
        var visitor = ChangeRecords()
        return country.changes.flatMap { visitor.visit($0) }
    }

    public mutating func defaultVisit(_ node: any ChangeNode) -> [ChangeRecord] { [] }

    public mutating func visitComparison(_ comparison: Comparison) -> [ChangeRecord] {
        comparison.children.flatMap { visit($0) }
    }

    public mutating func visitCountry(_ country: CountryComparison) -> [ChangeRecord] {
        self.country = country.country
        return country.changes.flatMap { visit($0) }
    }

    private func row(_ change: Identified<some ChangePayload>, section: SectionKind?) -> ChangeRecord {
        var r = ChangeRecord(id: change.id, kind: change.kind, country: country)
        r.section = section
        return r
    }

    public mutating func visitTier(_ c: Identified<TierChange>) -> [ChangeRecord] {
        var r = row(c, section: .headline)
        (r.old, r.new, r.movement, r.edits) = (c.oldSummary, c.newSummary, c.direction.rawValue, c.edits)
        return [r]
    }

    public mutating func visitEffort(_ c: Identified<EffortChange>) -> [ChangeRecord] {
        var r = row(c, section: .headline)
        (r.old, r.new) = (c.old?.rawValue, c.new?.rawValue)
        (r.oldRange, r.newRange) = (c.oldRange, c.newRange)
        return [r]
    }

    public mutating func visitVerdict(_ c: Identified<VerdictChange>) -> [ChangeRecord] {
        var r = row(c, section: c.section)
        (r.old, r.new, r.oldRange, r.newRange) = (c.oldPhrase, c.newPhrase, c.oldRange, c.newRange)
        return [r]
    }

    public mutating func visitSectionChange(_ c: Identified<SectionChange>) -> [ChangeRecord] {
        var r = row(c, section: c.section)
        if c.presence == .added { (r.new, r.newRange) = (c.heading, c.range) } else { (r.old, r.oldRange) = (c.heading, c.range) }
        return [r]
    }

    public mutating func visitSentence(_ c: Identified<SentenceChange>) -> [ChangeRecord] {
        var r = row(c, section: c.section)
        r.oldSection = c.oldSection
        (r.oldIndex, r.newIndex, r.length) = (c.oldIndex, c.newIndex, c.length)
        (r.old, r.new, r.oldRange, r.newRange) = (c.old, c.new, c.oldRange, c.newRange)
        r.edits = c.edits
        return [r]
    }

    public mutating func visitTerm(_ c: Identified<TermChange>) -> [ChangeRecord] {
        var r = row(c, section: nil)
        (r.old, r.new, r.count) = (c.old, c.new, c.count)
        return [r]
    }

    public mutating func visitStatistic(_ c: Identified<StatisticChange>) -> [ChangeRecord] {
        var r = row(c, section: c.section)
        (r.key, r.prior) = (c.key, c.prior)
        if let old = c.old {
            (r.old, r.oldValue, r.oldIndex, r.oldRange, r.oldPeriod) = (old.text, old.value, old.sentence, old.range, old.period)
        }
        if let new = c.new {
            (r.new, r.newValue, r.newIndex, r.newRange, r.newPeriod) = (new.text, new.value, new.sentence, new.range, new.period)
        }
        (r.delta, r.percentChange) = (c.delta, c.percentChange)
        (r.oldUpper, r.newUpper, r.upperDelta) = (c.old?.upper, c.new?.upper, c.upperDelta)
        return [r]
    }

    public mutating func visitFormat(_ c: Identified<FormatChange>) -> [ChangeRecord] {
        var r = row(c, section: c.section)
        (r.oldIndex, r.newIndex, r.old, r.new) = (c.oldIndex, c.newIndex, c.old, c.new)
        (r.oldValue, r.newValue, r.oldRange, r.newRange) = (c.value, c.value, c.oldRange, c.newRange)
        return [r]
    }

    public mutating func visitRecommendation(_ c: Identified<RecommendationChange>) -> [ChangeRecord] {
        var r = row(c, section: .recommendations)
        (r.oldIndex, r.newIndex, r.old, r.new) = (c.oldIndex, c.newIndex, c.old, c.new)
        (r.oldRange, r.newRange, r.edits) = (c.oldRange, c.newRange, c.edits)
        return [r]
    }

    public mutating func visitCountryChange(_ c: Identified<CountryChange>) -> [ChangeRecord] {
        var r = ChangeRecord(id: c.id, kind: c.kind, country: c.country)
        if c.presence == .added { r.new = c.path } else { r.old = c.path }
        return [r]
    }
}

extension CountryComparison {
    /// Every change as a flat row, in order (the rows of JSON, CSV and SQLite).
    public var records: [ChangeRecord] { ChangeRecords.of(self) }

    /// The changes of one kind as flat rows.
    public func records(of kind: ChangeKind) -> [ChangeRecord] { records.filter { $0.kind == kind } }
}
