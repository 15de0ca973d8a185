import TIPDiff
import TIPModel
import TIPStatistics

/// The quote part of resolution.
struct QuoteResolution: Sendable {
    let target: Edition
    let written: Edition?
    let here: TextIndex
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
