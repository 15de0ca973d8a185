import TIPModel
import TIPStatistics

/// A figure whose value changed, or that only one edition gives, matched across editions by its key.
public struct StatisticChange: Sendable, Hashable {
    /// `changed`: year over year (current figures of consecutive periods); `revised`: the later edition gives
    /// another value for the same period; `restated`: the same value for the same period (no change);
    /// `redefined`: the same words, counted by another source (NGOs, not the government): no delta.
    public enum Operation: String, Sendable, Hashable { case changed, added, removed, revised, restated, redefined }

    /// One edition's figure: where it is written (its section, sentence index, text and range) and what it says.
    public struct Side: Sendable, Hashable {
        /// The figure as written ("six", "1,818") in its section's sentence, with its range.
        public var place: ChangeSide
        public var value: Double
        /// The upper end of a range ("7 to 25 years": 25).
        public var upper: Double?
        /// The reference period ("in 2022").
        public var period: String?
        /// Who the sentence says gave the figure ("ngo", "government"), when it says.
        public var source: String?
        /// The period in the calendar ("2022", "FY 2018") and the figure's role there (current or comparison).
        public var resolvedPeriod: String?
        public var role: String

        init(_ statistic: Statistic) {
            place = ChangeSide(section: statistic.section, index: statistic.sentence, text: statistic.text, range: statistic.range)
            value = statistic.value
            upper = statistic.upper
            period = statistic.period
            resolvedPeriod = statistic.resolvedPeriod
            source = statistic.source
            role = statistic.role
        }

        /// The figure as written ("six", "1,818").
        public var text: String { place.text }
        /// The sentence index in its section.
        public var sentence: Int { place.index ?? 0 }
        public var range: TextRange { place.range }
    }

    public var operation: Operation
    public var section: SectionKind
    public var key: String
    /// What the figure counts, for a reader: the newer side's label ("Victims identified, potential").
    public var label: String
    /// Whether the figure is an earlier period's, given for comparison.
    public var prior: Bool
    /// What the figure measures in: a count, percent, money (with its currency), years ...
    public var unit: Statistic.Unit
    public var currency: String?
    /// The figure on each side: an added figure has only a new side.
    public var sides: ChangeSides<Side>

    public var old: Side? { sides.old }
    public var new: Side? { sides.new }

    /// A change from whichever sides there are: added (new only), removed (old only) or changed.
    init(old: Statistic?, new: Statistic?, operation: Operation? = nil) {
        let current = (new ?? old)!
        self.operation = operation ?? (old == nil ? .added : new == nil ? .removed : .changed)
        section = current.section
        key = current.key
        label = current.label
        prior = current.prior
        unit = current.unit
        currency = current.currency
        sides = ChangeSides(old: old.map(Side.init), new: new.map(Side.init))!
    }

    /// How far the value moved; `nil` for ranges, whose ends move apart (`lowerDelta`, `upperDelta`).
    public var delta: Double? {
        guard operation != .redefined, let old, let new, old.upper == nil, new.upper == nil else { return nil }
        return new.value - old.value
    }

    /// How far the lower end of a range moved, when both sides are ranges and it moved.
    public var lowerDelta: Double? {
        guard let old, let new, old.upper != nil, new.upper != nil, old.value != new.value else { return nil }
        return new.value - old.value
    }

    /// How far the upper end of a range moved, when both sides are ranges and it moved.
    public var upperDelta: Double? {
        guard let a = old?.upper, let b = new?.upper, a != b else { return nil }
        return b - a
    }

    /// Percent change from the old value (`nil` when the old value is 0, and for ranges).
    public var percentChange: Double? {
        guard operation != .redefined, let old, let new, old.value != 0, old.upper == nil, new.upper == nil else { return nil }
        return (new.value - old.value) / old.value * 100
    }
}

extension StatisticChange: ChangePayload {
    public var kind: ChangeKind {
        switch operation {
        case .changed, .restated: .statisticChanged
        case .added: .statisticAdded
        case .removed: .statisticRemoved
        case .revised: .statisticRevised
        case .redefined: .statisticRedefined
        }
    }

    public var filedSection: SectionKind? { section }

    public static func accept<V: ChangeVisitor>(_ node: Identified<Self>, _ visitor: inout V) throws(V.Failure) -> V.Result {
        try visitor.visitStatistic(node)
    }
}
