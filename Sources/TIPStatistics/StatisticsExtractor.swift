/// Finds every statistic in an edition: value, range, unit, qualifier, what is counted, the verb, the period.
import TIPModel

public struct StatisticsExtractor: Sendable {
    public init() {}

    /// Every statistic of `edition`, in text order, with prior-period figures linked to the current ones.
    public func statistics(in edition: Edition) -> [Statistic] {
        let scalars = Array(edition.text.unicodeScalars)
        var result: [Statistic] = []
        for section in edition.sections {
            var index = -1
            for paragraph in section.paragraphs {
                var paragraphPeriod: String?
                var earlier: [Int] = []
                let paragraphStart = result.count
                for sentence in paragraph.sentences {
                    index += 1
                    let range = sentence.range.start..<sentence.range.end
                    let tokens = Tokenizer.tokens(scalars, range: range)
                    if let stated = Periods.reportingPeriod(in: tokens) { paragraphPeriod = stated }
                    let figures = SentenceReader(tokens: tokens, section: section.kind).figures().filter(\.isSane)
                    let periods = Periods.all(in: tokens)
                    let comparison = Comparisons.span(in: tokens)
                    var current: [Int] = []
                    for var figure in figures {
                        figure.isPrior = comparison?.contains(figure.tokenStart) ?? false
                        // A current figure takes the period stated before the comparison, a prior one after it.
                        let eligible = periods.filter { period in
                            // Not across a semicolon: "...; it was unclear if authorities met in 2023."
                            let between = min(period.token, figure.tokenStart)..<max(period.token, figure.tokenStart)
                            if tokens[between].contains(where: { $0.text == ";" }) { return false }
                            guard let comparison else { return true }
                            return figure.isPrior == comparison.contains(period.token)
                        }
                        figure.period =
                            Periods.nearest(to: figure.tokenStart, in: eligible)
                            ?? (figure.isPrior ? nil : paragraphPeriod)
                        let statistic = figure.statistic(
                            index: result.count, section: section.kind, sentence: index, scalars: scalars)
                        result.append(statistic)
                        if !figure.isPrior { current.append(statistic.index) }
                    }
                    Comparisons.link(&result, candidates: earlier + current, from: paragraphStart)
                    earlier += current
                }
            }
        }
        return result
    }
}

/// A figure found in a sentence, before it becomes a `Statistic`.
struct Figure {
    /// No report counts or spends more than this; a larger (or non-finite) number is a typo or hostile input.
    static let largest = 1e15

    var isSane: Bool {
        value.isFinite && abs(value) <= Self.largest && (upper.map { $0.isFinite && abs($0) <= Self.largest } ?? true)
    }

    var tokenStart: Int
    var start: Int
    var end: Int
    var value: Double
    var upper: Double?
    var openUpper: String?
    var unit: Statistic.Unit
    var currency: String?
    var qualifier: String?
    var counted: String
    /// The sentence's words from this figure to the next one.
    var context: String
    /// The whole sentence's words.
    var sentence: String
    var action: String?
    var period: String?
    var isPrior = false

    func statistic(index: Int, section: SectionKind, sentence sentenceIndex: Int, scalars: [Unicode.Scalar]) -> Statistic {
        // "four to 20 years’ imprisonment": the possessive's apostrophe is not part of the figure.
        var end = self.end
        while end > start, scalars[end - 1] == "’" || scalars[end - 1] == "'" { end -= 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        var statistic = Statistic(
            index: index, text: text, value: value, upper: upper, openUpper: openUpper, unit: unit, currency: currency,
            qualifier: qualifier, counted: counted, action: action, period: period, prior: isPrior, section: section,
            sentence: sentenceIndex, range: TextRange(start, end), key: "")
        statistic.key = Keys.key(for: statistic, context: context, sentence: self.sentence)
        return statistic
    }
}
