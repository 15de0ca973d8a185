/// One change between two editions: a node of the change tree, typed by what changed.
import TIPModel

public enum Change: Sendable, Hashable {
    case tier(TierChange)
    case effort(EffortChange)
    case verdict(VerdictChange)
    case section(SectionChange)
    case sentence(SentenceChange)
    case term(TermChange)
    case statistic(StatisticChange)
    case format(FormatChange)
    case recommendation(RecommendationChange)
    case country(CountryChange)

    /// Stable across runs: derived from the kind, the section and the old and new content.
    public var id: String {
        get {
            switch self {
            case .tier(let c): c.id
            case .effort(let c): c.id
            case .verdict(let c): c.id
            case .section(let c): c.id
            case .sentence(let c): c.id
            case .term(let c): c.id
            case .statistic(let c): c.id
            case .format(let c): c.id
            case .recommendation(let c): c.id
            case .country(let c): c.id
            }
        }
        set {
            switch self {
            case .tier(var c): c.id = newValue; self = .tier(c)
            case .effort(var c): c.id = newValue; self = .effort(c)
            case .verdict(var c): c.id = newValue; self = .verdict(c)
            case .section(var c): c.id = newValue; self = .section(c)
            case .sentence(var c): c.id = newValue; self = .sentence(c)
            case .term(var c): c.id = newValue; self = .term(c)
            case .statistic(var c): c.id = newValue; self = .statistic(c)
            case .format(var c): c.id = newValue; self = .format(c)
            case .recommendation(var c): c.id = newValue; self = .recommendation(c)
            case .country(var c): c.id = newValue; self = .country(c)
            }
        }
    }

    /// The kind, as the JSON, CSV and XML name it.
    public var kind: ChangeKind {
        switch self {
        case .tier: .tier
        case .effort: .effort
        case .verdict: .verdict
        case .section(let c): c.presence == .added ? .sectionAdded : .sectionRemoved
        case .sentence(let c):
            switch c.operation {
            case .added: .sentenceAdded
            case .removed: .sentenceRemoved
            case .modified: .sentenceModified
            case .moved: .sentenceMoved
            }
        case .term: .term
        case .statistic(let c):
            switch c.operation {
            case .changed, .restated: .statisticChanged
            case .added: .statisticAdded
            case .removed: .statisticRemoved
            case .revised: .statisticRevised
            case .redefined: .statisticRedefined
            }
        case .format: .formatOnly
        case .recommendation(let c):
            switch c.operation {
            case .added: .recommendationAdded
            case .removed: .recommendationRemoved
            case .reworded: .recommendationReworded
            }
        case .country(let c): c.presence == .added ? .countryAdded : .countryRemoved
        }
    }

    /// The section the change is in (the headline for the tier; none for terms and countries).
    public var section: SectionKind? {
        switch self {
        case .tier, .effort: .headline
        case .verdict(let c): c.section
        case .section(let c): c.section
        case .sentence(let c): c.section
        case .statistic(let c): c.section
        case .format(let c): c.section
        case .recommendation: .recommendations
        case .term, .country: nil
        }
    }

    /// The change as one flat row: the shape of the JSON and CSV forms, and what ids are derived from.
    public func record(country: String?) -> ChangeRecord {
        var r = ChangeRecord(id: "", kind: kind, country: country)
        switch self {
        case .tier(let c):
            r.id = c.id
            r.section = .headline
            r.old = c.oldSummary
            r.new = c.newSummary
            r.movement = c.direction.rawValue
            r.edits = c.edits
        case .effort(let c):
            r.id = c.id
            r.section = .headline
            (r.old, r.new) = (c.old?.rawValue, c.new?.rawValue)
            (r.oldRange, r.newRange) = (c.oldRange, c.newRange)
        case .verdict(let c):
            r.id = c.id
            r.section = c.section
            r.old = c.oldPhrase
            r.new = c.newPhrase
            r.oldRange = c.oldRange
            r.newRange = c.newRange
        case .section(let c):
            r.id = c.id
            r.section = c.section
            if c.presence == .added { (r.new, r.newRange) = (c.heading, c.range) } else { (r.old, r.oldRange) = (c.heading, c.range) }
        case .sentence(let c):
            r.id = c.id
            r.section = c.section
            r.oldSection = c.oldSection
            (r.oldIndex, r.newIndex, r.length) = (c.oldIndex, c.newIndex, c.length)
            (r.old, r.new, r.oldRange, r.newRange) = (c.old, c.new, c.oldRange, c.newRange)
            r.edits = c.edits
        case .term(let c):
            r.id = c.id
            (r.old, r.new, r.count) = (c.old, c.new, c.count)
        case .statistic(let c):
            r.id = c.id
            r.section = c.section
            r.key = c.key
            r.prior = c.prior
            if let old = c.old {
                (r.old, r.oldValue, r.oldIndex, r.oldRange, r.oldPeriod) = (old.text, old.value, old.sentence, old.range, old.period)
            }
            if let new = c.new {
                (r.new, r.newValue, r.newIndex, r.newRange, r.newPeriod) = (new.text, new.value, new.sentence, new.range, new.period)
            }
            (r.delta, r.percentChange) = (c.delta, c.percentChange)
            (r.oldUpper, r.newUpper, r.upperDelta) = (c.old?.upper, c.new?.upper, c.upperDelta)
        case .format(let c):
            r.id = c.id
            r.section = c.section
            (r.oldIndex, r.newIndex, r.old, r.new) = (c.oldIndex, c.newIndex, c.old, c.new)
            (r.oldValue, r.newValue, r.oldRange, r.newRange) = (c.value, c.value, c.oldRange, c.newRange)
        case .recommendation(let c):
            r.id = c.id
            r.section = .recommendations
            (r.oldIndex, r.newIndex, r.old, r.new) = (c.oldIndex, c.newIndex, c.old, c.new)
            (r.oldRange, r.newRange, r.edits) = (c.oldRange, c.newRange, c.edits)
        case .country(let c):
            r.id = c.id
            r.country = c.country
            if c.presence == .added { r.new = c.path } else { r.old = c.path }
        }
        return r
    }
}

extension Change {
    /// The id: a short kind prefix and the first 12 hex digits of SHA-256 over the content.
    static func identifier(_ record: ChangeRecord, country: String) -> String {
        let content = [
            record.kind.rawValue, CountryKey.of(record.country ?? country), record.section?.rawValue ?? "", record.old ?? "",
            record.new ?? "", record.key ?? "",
        ]
        .joined(separator: "\u{1F}")
        return record.kind.rawValue + "-" + String(ContentHash.hex(of: Array(content.utf8)).prefix(12))
    }

    /// Gives every change its content-derived id; a repeated id gets "-2", "-3", ... in order.
    static func identified(_ changes: [Change], country: String) -> [Change] {
        var seen: [String: Int] = [:]
        return changes.map { change in
            var change = change
            let base = identifier(change.record(country: nil), country: country)
            seen[base, default: 0] += 1
            change.id = seen[base]! == 1 ? base : base + "-\(seen[base]!)"
            return change
        }
    }
}
