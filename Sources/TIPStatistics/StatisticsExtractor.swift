import TIPModel
import TIPSupport

/// Finds every statistic in an edition: value, range, unit, qualifier, what is counted, the verb, the period.
public struct StatisticsExtractor: Sendable {
    public init() {}

    /// Every statistic of `edition`, in text order, with prior-period figures linked to the current ones, each
    /// figure's period placed in the calendar and its role (current, or an earlier period's given for comparison).
    public func statistics(in edition: Edition) -> [Statistic] {
        var vocabulary = Vocabulary()
        return statistics(in: edition, vocabulary: &vocabulary)
    }

    /// Every statistic of `edition`, as `statistics(in:)` gives them, reading its words through `vocabulary`
    /// (shared with other editions: the words met there are not made again).
    public func statistics(in edition: Edition, vocabulary: inout Vocabulary) -> [Statistic] {
        let scalars = Array(edition.text.unicodeScalars)
        let reportingYear = Self.reportingYear(of: edition, scalars: scalars)
        var result: [Statistic] = []
        for section in edition.sections {
            var index = -1
            for paragraph in section.paragraphs {
                var paragraphPeriod: Periods.Found?
                var earlier: [Int] = []
                let paragraphStart = result.count
                for sentence in paragraph.sentences {
                    index += 1
                    let range = sentence.range.start..<sentence.range.end
                    let tokens = Tokenizer.tokens(
                        scalars, range: range, skippingReplacements: true, interner: &vocabulary.interner,
                        lexicon: &vocabulary.lexicon)
                    if let stated = Periods.reportingPeriod(in: tokens) { paragraphPeriod = stated }
                    let periods = Periods.all(in: tokens)
                    // "over the last six years": a number inside a period phrase is part of the period.
                    let figures = SentenceReader(tokens: tokens, section: section.kind).figures().filter { figure in
                        figure.isSane && !periods.contains { $0.token <= figure.tokenStart && figure.tokenStart < $0.end }
                    }
                    let comparison = Comparisons.span(in: tokens)
                    let asides = Comparisons.asides(in: tokens)
                    let source = Attribution.source(of: tokens)
                    var current: [Int] = []
                    for var figure in figures {
                        let aside = asides.first { $0.contains(figure.tokenStart) }
                        let inComparison = comparison?.contains(figure.tokenStart) ?? false
                        // A figure takes a period of its own clause: not across a semicolon ("...; it was unclear
                        // if authorities met in 2023"), not from the other side of a comparison, not from inside
                        // or outside the parenthesis it is (or is not) in ("300 victims (180 in 2016)").
                        let eligible = periods.filter { period in
                            let between = min(period.token, figure.tokenStart)..<max(period.token, figure.tokenStart)
                            if tokens[between].contains(where: { $0.text == ";" }) { return false }
                            // "... 59 women ..., which had been pending since 2019": the clause's period is its own.
                            if period.token > figure.tokenStart,
                                tokens[between].contains(where: { $0.isWord("which", "that", "who", "whose", "because", "pending") })
                            {
                                return false
                            }
                            if asides.first(where: { $0.contains(period.token) }) != aside { return false }
                            guard let comparison else { return true }
                            return inComparison == comparison.contains(period.token)
                        }
                        let own = Periods.own(
                            of: figure.tokenStart, figures: figures.map(\.tokenStart), tokens: tokens, in: eligible)
                        let stated = own ?? (inComparison || aside != nil ? nil : paragraphPeriod)
                        let period = stated?.period ?? (inComparison ? .previous(fiscal: false) : .current(fiscal: false))
                        // An earlier period's figure: in a comparison, or for a period that ends before the
                        // edition's reporting period ("in 2016" in the 2018 edition; "(three ... in 2017)").
                        let endsEarlier = reportingYear.flatMap { year in period.lastYear(reportingYear: year).map { $0 < year } }
                        // The profile's figures for past years describe; they are not restated beside current ones.
                        figure.isPrior =
                            inComparison || aside != nil && endsEarlier == true
                            || endsEarlier == true && section.kind != .profile
                        figure.period = stated?.text
                        var statistic = figure.statistic(
                            index: result.count, section: section.kind, sentence: index, scalars: scalars)
                        statistic.source = source
                        // A penalty the law prescribes is no period's figure.
                        if Keys.metric(of: statistic.key) == "penalties" {
                            (statistic.period, statistic.prior) = (nil, false)
                            statistic.resolvedPeriod = Period.current(fiscal: false).resolved(reportingYear: reportingYear)
                            result.append(statistic)
                            current.append(statistic.index)
                            continue
                        }
                        statistic.resolvedPeriod = period.resolved(reportingYear: reportingYear)
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

    /// The year an edition reports on: a "calendar year 2023" / "fiscal year 2023" statement when the text makes
    /// one, else the year before the edition's (the 2018 edition reports on 2017).
    static func reportingYear(of edition: Edition, scalars: [Unicode.Scalar]) -> Int? {
        for section in edition.sections where section.kind != .headline && section.kind != .recommendations {
            for sentence in section.sentences where TextSearch.contains(sentence.text, "year") {
                let tokens = Tokenizer.tokens(scalars, range: sentence.range.start..<sentence.range.end)
                if let stated = Periods.reportingPeriod(in: tokens), let year = stated.period.lastYear(reportingYear: nil) {
                    // Only a year the edition could report on: the one before it or the edition's own.
                    if let edition = edition.reportYear, !(edition - 2...edition).contains(year) { continue }
                    return year
                }
            }
        }
        return edition.reportYear.map { $0 - 1 }
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
    var upperUnit: Statistic.Unit?
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
        let text = String(scalars: scalars[start..<end])
        var statistic = Statistic(
            index: index, text: text, value: value, upper: upper, openUpper: openUpper, unit: unit, currency: currency,
            qualifier: qualifier, counted: counted, action: action, period: period, prior: isPrior, section: section,
            sentence: sentenceIndex, range: TextRange(start, end), key: "")
        statistic.upperUnit = upperUnit
        statistic.key = Keys.key(for: statistic, context: context, sentence: self.sentence)
        return statistic
    }
}
