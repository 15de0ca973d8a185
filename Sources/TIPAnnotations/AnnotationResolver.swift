import TIPDiff
import TIPModel
import TIPStatistics

/// Places notes on an edition: by structure (section, statistic key, change id), then by exact quote (prefix
/// and suffix choosing between repeats), then by fuzzy quote with minimum scores that judge separately how
/// far the text moved and how much it changed. A note that cannot be placed with confidence is orphaned.
public struct AnnotationResolver: Sendable {
    /// A quote that changed but stayed in its sentence is kept at this word similarity.
    public static let minimumInPlace = 0.6
    /// A quote that changed and moved must be at least this similar (a look-alike elsewhere is not enough).
    public static let minimumMoved = 0.9
    /// With no earlier edition to compare with, a changed quote is placed at this similarity.
    public static let minimumAlone = 0.75

    let target: Edition
    let written: Edition?
    let comparison: CountryComparison?
    private let targetStatistics: [Statistic]
    /// Built once, shared by every quote note.
    private let quotes: QuoteResolution

    /// Notes read against `target` (its statistics already extracted). `written` is the edition they were
    /// written against, when it is another one; `comparison` gives the change ids notes may refer to, and
    /// its sentence alignments are reused when `written` is its older edition.
    public init(target: ComparedEdition, written: Edition? = nil, comparison: CountryComparison? = nil) {
        self.target = target.edition
        let written = written.flatMap { $0.source.sha256 == target.edition.source.sha256 ? nil : $0 }
        self.written = written
        self.comparison = comparison
        self.targetStatistics = target.statistics
        var reusable: [SectionKind: SentenceAlignment]?
        if let comparison, written?.source.sha256 == comparison.old.edition.source.sha256,
            comparison.new.edition.source.sha256 == target.edition.source.sha256
        {
            reusable = comparison.alignments
        }
        self.quotes = QuoteResolution(target: target.edition, written: written, alignments: reusable)
    }

    /// Notes on the newer edition of a comparison, written against its older edition when `writtenAgainstOld`.
    public init(comparison: CountryComparison, writtenAgainstOld: Bool) {
        self.init(target: comparison.new, written: writtenAgainstOld ? comparison.old.edition : nil, comparison: comparison)
    }

    /// How many places of the target a quote selector fits equally well (0: none; more than 1: ambiguous).
    public func places(matching selector: QuoteSelector) -> Int { quotes.here.equallyGoodPlaces(selector) }

    public func resolve(_ note: Note) -> Resolution {
        var result = Resolution(id: note.id, state: .orphaned, anchor: note.anchor.kind)
        switch note.anchor {
        case .section(let kind):
            guard let section = target.section(kind) else {
                result.reason = "the edition has no \(kind.rawValue) section"
                return result
            }
            result.state = .exact
            result.section = kind
            result.range = section.range
        case .tier:
            result.state = .exact
            result.section = .headline
            result.found = target.tier.placement.rawValue
            if let statement = target.tier.statement,
                let hit = target.sections.flatMap({ s in s.sentences.enumerated().map { (s.kind, $0.offset, $0.element) } })
                    .first(where: { $0.2.text == statement })
            {
                result.sentence = hit.1
                result.range = hit.2.range
            }
        case .statistic(let key):
            let matches = targetStatistics.filter { $0.key == key }
            guard let statistic = matches.first(where: { !$0.prior }) ?? matches.first else {
                result.reason = "no statistic with key \(key) in this edition"
                result.key = key
                return result
            }
            result.state = .exact
            result.key = key
            result.section = statistic.section
            result.sentence = statistic.sentence
            result.range = statistic.range
            result.found = statistic.text
        case .change(let id):
            result.change = id
            guard let comparison else {
                result.reason = "no diff to look up change ids in: give the earlier edition"
                return result
            }
            guard let change = comparison.change(id: id) else {
                result.reason = "no change \(id) between these editions"
                return result
            }
            var visitor = ChangePlace()
            let place = visitor.visit(change)
            result.state = .exact
            (result.section, result.sentence, result.range, result.found) = (place.section, place.sentence, place.range, place.found)
        case .quote(let selector):
            return quotes.resolve(selector, id: note.id)
        }
        return result
    }
}
