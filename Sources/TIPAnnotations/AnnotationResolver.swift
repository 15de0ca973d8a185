/// Places notes on an edition: by structure (section, statistic key, change id), then by exact quote (prefix
/// and suffix choosing between repeats), then by fuzzy quote with minimum scores that judge separately how
/// far the text moved and how much it changed. A note that cannot be placed with confidence is orphaned.
import TIPDiff
import TIPModel
import TIPStatistics

/// Where a note landed, and how surely.
public struct Resolution: Sendable, Equatable, Encodable {
    public enum State: String, Sendable, Equatable, Encodable {
        /// Found as written, where it was.
        case exact
        /// Found as written, somewhere else.
        case moved
        /// Found with changed words.
        case fuzzy
        /// Not placed: the text is gone, or only a look-alike remains.
        case orphaned
    }

    public var id: String
    public var state: State
    public var anchor: String
    public var section: SectionKind?
    public var sentence: Int?
    public var range: TextRange?
    public var key: String?
    public var change: String?
    /// Word similarity of the quote and the text it landed on (1 for exact).
    public var score: Double?
    /// The text the note landed on.
    public var found: String?
    /// Why a note is orphaned, or what else a reader should know.
    public var reason: String?

    init(id: String, state: State, anchor: String) {
        self.id = id
        self.state = state
        self.anchor = anchor
    }

    /// A note that was not placed at all, and why.
    public static func unplaced(_ note: Note, reason: String) -> Resolution {
        var result = Resolution(id: note.id, state: .orphaned, anchor: note.anchor.kind)
        switch note.anchor {
        case .statistic(let key): result.key = key
        case .change(let id): result.change = id
        case .section(let kind): result.section = kind
        case .quote(let selector): result.section = selector.section
        case .tier: break
        }
        result.reason = reason
        return result
    }

    private enum CodingKeys: String, CodingKey {
        case id, state, anchor, section, sentence, range, key, change, score, found, reason
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(state, forKey: .state)
        try c.encode(anchor, forKey: .anchor)
        try c.encode(section, forKey: .section)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(range, forKey: .range)
        try c.encode(key, forKey: .key)
        try c.encode(change, forKey: .change)
        try c.encode(score.map { ($0 * 1000).rounded() / 1000 }, forKey: .score)
        try c.encode(found, forKey: .found)
        try c.encode(reason, forKey: .reason)
    }
}

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
            guard let change = comparison.change(id: id)?.record(country: nil) else {
                result.reason = "no change \(id) between these editions"
                return result
            }
            result.state = .exact
            result.section = change.section
            result.sentence = change.newIndex ?? change.oldIndex
            result.range = change.newRange
            result.found = change.new ?? change.old
        case .quote(let selector):
            return quotes.resolve(selector, id: note.id)
        }
        return result
    }
}

/// The quote part of resolution.
struct QuoteResolution: Sendable {
    let target: Edition
    let written: Edition?
    private let here: TextIndex
    private let there: TextIndex?
    /// Sentence alignments per section, old to new, computed once.
    private let alignments: [SectionKind: SentenceAlignment]

    /// `alignments`, when given, are the written edition's sections aligned with the target's.
    init(target: Edition, written: Edition?, alignments known: [SectionKind: SentenceAlignment]?) {
        self.target = target
        self.written = written
        here = TextIndex(target)
        there = written.map(TextIndex.init)
        var alignments: [SectionKind: SentenceAlignment] = known ?? [:]
        if let written, known == nil {
            for old in written.sections {
                guard alignments[old.kind] == nil, let new = target.section(old.kind) else { continue }
                alignments[old.kind] = SentenceAligner.align(old: old.sentences.map(\.text), new: new.sentences.map(\.text))
            }
        }
        self.alignments = alignments
    }

    func resolve(_ selector: QuoteSelector, id: String) -> Resolution {
        var result = Resolution(id: id, state: .orphaned, anchor: "quote")
        guard let written, let there else {
            // One edition: exact, else a fuzzy match good enough on its own.
            if let hit = here.bestExact(selector, near: nil) {
                return landed(result, .exact, hit, score: 1)
            }
            let candidates = here.fuzzy(selector.quote, in: selector.section)
            guard let best = candidates.first, best.score >= AnnotationResolver.minimumAlone else {
                result.reason = "the quote is not in this edition"
                return result
            }
            if candidates.count > 1, candidates[1].score >= best.score - 0.03, candidates[1].sentence != best.sentence {
                result.reason = "two passages match the quote about equally: not guessing"
                return result
            }
            return landed(result, .fuzzy, best, score: best.score)
        }

        // Two editions: where was the quote when the note was written, and where is that sentence now?
        guard
            let origin = there.bestExact(selector, near: nil)
                ?? there.fuzzy(selector.quote, in: selector.section).first.flatMap({
                    $0.score >= AnnotationResolver.minimumAlone ? $0 : nil
                })
        else {
            result.reason = "the quote is not in the edition the note was written against (\(written.source.path))"
            return result
        }
        let expected = partner(of: origin)
        if let hit = here.bestExact(selector, near: expected) {
            let inPlace = expected.map { hit.section == $0.section && hit.sentence == $0.sentence && $0.score == 1 } ?? false
            return landed(result, inPlace ? .exact : .moved, hit, score: 1)
        }
        let candidates = here.fuzzy(selector.quote, in: selector.section)
        if let expected, let inPlace = candidates.first(where: { $0.section == expected.section && $0.sentence == expected.sentence }),
            inPlace.score >= AnnotationResolver.minimumInPlace
        {
            return landed(result, .fuzzy, inPlace, score: inPlace.score)
        }
        if let best = candidates.first, best.score >= AnnotationResolver.minimumMoved {
            var moved = landed(result, .fuzzy, best, score: best.score)
            moved.reason = "changed and moved"
            return moved
        }
        result.reason =
            expected == nil
            ? "the sentence it quoted was removed"
                + (candidates.first.map { String(format: "; the closest passage elsewhere is only %.0f%% alike", $0.score * 100) } ?? "")
            : "the sentence it quoted was rewritten beyond recognition"
        return result
    }

    /// The sentence of the target that the alignment pairs with the origin's sentence.
    private func partner(of origin: TextIndex.Hit) -> TextIndex.Hit? {
        guard let alignment = alignments[origin.section], let new = target.section(origin.section) else { return nil }
        guard let pair = alignment.pairs.first(where: { $0.old == origin.sentence }) else { return nil }
        let sentence = new.sentences[pair.new]
        // A score of 0 marks a partner that moved: found there, the note has moved with it.
        return TextIndex.Hit(section: origin.section, sentence: pair.new, range: sentence.range, score: pair.isMoved ? 0 : 1)
    }

    private func landed(_ base: Resolution, _ state: Resolution.State, _ hit: TextIndex.Hit, score: Double) -> Resolution {
        var result = base
        result.state = state
        result.section = hit.section
        result.sentence = hit.sentence
        result.range = hit.range
        result.score = score
        result.found = target.excerpt(hit.range)
        return result
    }
}
