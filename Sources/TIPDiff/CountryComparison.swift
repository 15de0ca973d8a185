/// One country's two editions compared: both sides with their statistics, the sentence alignment of each
/// section, and the changes, as a document-order list and as a tree of tier, sections and terms.
import TIPModel

public struct CountryComparison: Sendable {
    public var country: String
    public var old: ComparedEdition
    public var new: ComparedEdition
    /// The sentence alignment (old to new) of each section kind both editions have, recommendations included.
    public var alignments: [SectionKind: SentenceAlignment]
    /// Every change, in the order the diff reports them: tier, sections, sentences, terms, statistics, recommendations.
    public var changes: [Change]
    /// The tier change, when the placement or its wording changed.
    public var tier: TierChange?
    /// The effort finding's change, when the headline's finding changed.
    public var effort: EffortChange?
    /// NEW's sections in order, then the kinds only OLD has, each with its changes.
    public var sections: [SectionComparison]
    /// Repeated rewordings, most frequent first.
    public var terms: [TermChange]
    /// Figures NEW restates for a period OLD reported, with OLD's value: related, but no change.
    public var restated: [StatisticChange]

    init(
        country: String, old: ComparedEdition, new: ComparedEdition, alignments: [SectionKind: SentenceAlignment], changes: [Change],
        restated: [StatisticChange] = []
    ) {
        self.country = country
        self.old = old
        self.new = new
        self.alignments = alignments
        self.changes = changes
        self.restated = restated
        var tier: TierChange?
        var effort: EffortChange?
        var terms: [TermChange] = []
        for change in changes {
            if case .tier(let t) = change { tier = t }
            if case .effort(let e) = change { effort = e }
            if case .term(let t) = change { terms.append(t) }
        }
        self.tier = tier
        self.effort = effort
        self.terms = terms
        self.sections = SectionComparison.sections(old: old.edition, new: new.edition, changes: changes)
    }

    public var oldYear: Int? { old.edition.reportYear }
    public var newYear: Int? { new.edition.reportYear }

    /// How many changes of each kind.
    public var summary: [ChangeKind: Int] { changes.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    /// The changes of one kind, in order.
    public func changes(of kind: ChangeKind) -> [Change] { changes.filter { $0.kind == kind } }

    /// Every change as a flat row, in order.
    public var records: [ChangeRecord] { changes.map { $0.record(country: nil) } }

    /// The changes of one kind as flat rows.
    public func records(of kind: ChangeKind) -> [ChangeRecord] { changes(of: kind).map { $0.record(country: nil) } }

    /// The change with this id.
    public func change(id: String) -> Change? { changes.first { $0.id == id } }
}
