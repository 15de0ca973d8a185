import TIPModel

/// One country's two editions compared: both sides with their statistics, the sentence alignment of each
/// section, and the changes as a tree: tier, effort, sections (each with its changes) and terms. The list of
/// changes in reading order is derived from the tree.
public struct CountryComparison: Sendable, ChangeNode {
    public var country: String
    public var old: ComparedEdition
    public var new: ComparedEdition
    /// The sentence alignment (old to new) of each section kind both editions have, recommendations included.
    public var alignments: [SectionKind: SentenceAlignment]
    /// The tier change, when the placement or its wording changed.
    public private(set) var tier: Identified<TierChange>?
    /// The effort finding's change, when the headline's finding changed.
    public private(set) var effort: Identified<EffortChange>?
    /// NEW's sections in order, then the kinds only OLD has, each with its changes.
    public private(set) var sections: [SectionComparison]
    /// Repeated rewordings, most frequent first.
    public private(set) var terms: [Identified<TermChange>]
    /// Figures NEW restates for a period OLD reported, with OLD's value: related, but no change.
    public var restated: [StatisticChange]
    /// Every change, in the order the diff reports them (tier, sections, sentences, terms, statistics,
    /// recommendations): the tree's changes by their ordinal, derived when the tree is made.
    public private(set) var changes: [Change] = []

    /// The tree of `changes` (identified, in reading order): each filed in its place.
    init(
        country: String, old: ComparedEdition, new: ComparedEdition, alignments: [SectionKind: SentenceAlignment], changes: [Change],
        restated: [StatisticChange] = []
    ) {
        var sections = SectionComparison.sections(old: old.edition, new: new.edition)
        var tier: Identified<TierChange>?
        var effort: Identified<EffortChange>?
        var terms: [Identified<TermChange>] = []
        for change in changes {
            switch change {
            case .tier(let t): tier = t
            case .effort(let e): effort = e
            case .term(let t): terms.append(t)
            default:
                guard let index = sections.firstIndex(where: { $0.kind == (change.section ?? .other) }) else { continue }
                sections[index].changes.append(change)
            }
        }
        self.init(
            country: country, old: old, new: new, alignments: alignments, tier: tier, effort: effort, sections: sections, terms: terms,
            restated: restated)
    }

    /// A comparison from its tree.
    init(
        country: String, old: ComparedEdition, new: ComparedEdition, alignments: [SectionKind: SentenceAlignment],
        tier: Identified<TierChange>?, effort: Identified<EffortChange>?, sections: [SectionComparison], terms: [Identified<TermChange>],
        restated: [StatisticChange]
    ) {
        self.country = country
        self.old = old
        self.new = new
        self.alignments = alignments
        self.tier = tier
        self.effort = effort
        self.sections = sections
        self.terms = terms
        self.restated = restated
        let all =
            [tier.map(Change.tier), effort.map(Change.effort)].compactMap { $0 } + sections.flatMap(\.changes) + terms.map(Change.term)
        self.changes = all.sorted { $0.ordinal < $1.ordinal }
    }

    public var children: [any ChangeNode] {
        var nodes: [any ChangeNode] = []
        if let tier { nodes.append(tier) }
        if let effort { nodes.append(effort) }
        return nodes + sections + terms
    }

    public func accept<V: ChangeVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result { try visitor.visitCountry(self) }

    public var oldYear: Int? { old.edition.reportYear }
    public var newYear: Int? { new.edition.reportYear }

    /// How many changes of each kind.
    public var summary: [ChangeKind: Int] { changes.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    /// The changes of one kind, in order.
    public func changes(of kind: ChangeKind) -> [Change] { changes.filter { $0.kind == kind } }

    /// The change with this id.
    public func change(id: String) -> Change? { changes.first { $0.id == id } }
}
