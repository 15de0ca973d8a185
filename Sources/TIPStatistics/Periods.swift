/// Reference periods stated in a sentence: "in 2023", "calendar year 2023", "by 2021", "between June 2023 and February 2024".
enum Periods {
    /// A period phrase, the token it starts at and the period it names.
    struct Found: Equatable {
        var token: Int
        var text: String
        var period: Period
        /// The token just past the phrase.
        var end: Int
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    static let prepositions: Set<String> = ["in", "during", "by", "since", "through", "throughout", "until", "before"]

    static func isYear(_ token: Token) -> Bool {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text) else { return false }
        return (1990...2099).contains(value)
    }

    /// Every period phrase in the tokens, in order.
    static func all(in tokens: [Token]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if let (text, end, period) = match(tokens, at: i) {
                // "as amended in 2010", "enacted in 2015": when a law was made, not what a figure is for.
                let isMaking = i > 0 && tokens[i - 1].is(.making)
                if !isMaking { found.append(Found(token: i, text: text, period: period, end: end)) }
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// A "calendar year 2023" / "fiscal year 2023" statement that frames a whole paragraph.
    static func reportingPeriod(in tokens: [Token]) -> Found? {
        for i in tokens.indices where tokens[i].isWord("calendar", "fiscal") {
            if i + 2 < tokens.count, tokens[i + 1].isWord("year"), isYear(tokens[i + 2]), let year = Int(tokens[i + 2].text) {
                let text = tokens[i...(i + 2)].map(\.text).joined(separator: " ")
                return Found(
                    token: i, text: text, period: tokens[i].isWord("fiscal") ? .fiscalYear(year) : .year(year), end: i + 3)
            }
        }
        return nil
    }

    /// The period a figure's own words give: the first period after it and before the next figure ("55 in 2016"),
    /// or after a run of figures it is coordinated with ("three sex trafficking and zero labor trafficking
    /// investigations in 2017", "prosecuted 20 alleged traffickers and convicted 19 traffickers in 2023"), but not
    /// across a participle that qualifies another noun ("25 victims repatriated ... and one victim identified the
    /// previous reporting period"); else the nearest before it ("In 2018, the government identified 40 ...").
    /// `periods` are the ones the figure's clause allows; `figures` the token starts of the sentence's figures.
    static func own(of figure: Int, figures: [Int], tokens: [Token], in periods: [Found]) -> Found? {
        var from = figure
        for next in figures.filter({ $0 > figure }) + [tokens.count] {
            if let after = periods.first(where: { $0.token > from && $0.token < next }) { return after }
            let joins = (from..<next).allSatisfy { i in
                tokens[i].text != ";"
                    && !(tokens[i].is(.verb) && i > from && !tokens[i - 1].isWord("and", "or"))
            }
            guard joins else { break }
            from = next
        }
        return periods.last { $0.token < figure }
    }

    static let makingVerbs: Set<String> = [
        "amended", "enacted", "adopted", "passed", "signed", "ratified", "established", "created", "launched", "revised",
    ]

    static let relativeWords: Set<String> = ["previous", "prior", "preceding", "last", "current", "same"]

    /// "the previous reporting period", "the prior year", "last year", "the previous fiscal year", "the current
    /// reporting period", "over the last six years", "during the Nepali fiscal year".
    private static func relative(_ t: [Token], at i: Int) -> (String, Int, Period)? {
        var j = i
        if t[j].isWord("the") { j += 1 }
        guard j < t.count, t[j].is(.relative) || t[j].isWord("fiscal") else { return nil }
        // "in a previous reporting period", "from previous reporting periods": where something began, not a period
        // a figure is for; only "the previous ..." (or "last year") names one.
        if j == i, t[j].isWord("previous", "prior", "preceding", "current", "same") { return nil }
        let isEarlier = t[j].isWord("previous", "prior", "preceding", "last")
        let relative = t[j].isWord("fiscal") ? nil : t[j].folded
        if relative != nil { j += 1 }
        // "the last six years"
        if relative == "last", j < t.count, let count = NumberReader.read(t, at: j), count.end < t.count,
            t[count.end].isWord("years")
        {
            return (phrase(t, i..<(count.end + 1)), count.end + 1, .lastYears(Int(count.value)))
        }
        var isFiscal = false
        if j < t.count, t[j].isWord("fiscal") {
            isFiscal = true
            j += 1
        }
        if j + 1 < t.count, t[j].isWord("reporting"), t[j + 1].isWord("period", "year") {
            j += 2
        } else if j < t.count, t[j].isWord("year", "period") {
            j += 1
        } else {
            return nil
        }
        // "last year's figure" names a thing; "the same period" needs a period before it to mean anything.
        if relative == "same" { return nil }
        if relative == nil, !isFiscal { return nil }
        return (phrase(t, i..<j), j, isEarlier ? .previous(fiscal: isFiscal) : .current(fiscal: isFiscal))
    }

    /// The phrase as written, its first word in lower case ("In 2023," at a sentence start reads "in 2023").
    private static func phrase(_ t: [Token], _ range: Range<Int>) -> String {
        t[range].enumerated().map {
            $0.offset == 0 && ($0.element.is(.preposition) || $0.element.isWord("between", "from", "the", "last"))
                ? $0.element.folded : $0.element.text
        }
        .joined(separator: " ")
    }

    private static func match(_ t: [Token], at i: Int) -> (String, Int, Period)? {
        func phrase(_ range: Range<Int>) -> String { Periods.phrase(t, range) }
        func monthYear(at j: Int) -> Int? {
            if j < t.count, isYear(t[j]) { return j + 1 }
            if j + 1 < t.count, t[j].is(.periodMonth), isYear(t[j + 1]) { return j + 2 }
            return nil
        }
        func year(before end: Int) -> Int { Int(t[end - 1].text) ?? 0 }
        let word = t[i].folded
        // "calendar year 2023", "fiscal year 2023", "FY 2023", "FY2023"
        if (word == "calendar" || word == "fiscal"), i + 2 < t.count, t[i + 1].isWord("year"), isYear(t[i + 2]) {
            return (phrase(i..<(i + 3)), i + 3, word == "fiscal" ? .fiscalYear(year(before: i + 3)) : .year(year(before: i + 3)))
        }
        if word == "fy", i + 1 < t.count, isYear(t[i + 1]) { return (phrase(i..<(i + 2)), i + 2, .fiscalYear(year(before: i + 2))) }
        if word.hasPrefix("fy"), word.count == 6, let value = Int(word.dropFirst(2)), (1990...2099).contains(value) {
            return (phrase(i..<(i + 1)), i + 1, .fiscalYear(value))
        }
        // "between June 2023 and February 2024", "from April 2023 to March 2024", "between 2016 and 2018"
        if word == "between" || word == "from", let first = monthYear(at: i + 1), first < t.count,
            t[first].isWord("and", "to", "through"), let second = monthYear(at: first + 1)
        {
            let years = [year(before: first), year(before: second)].sorted()
            return (phrase(i..<second), second, .span(years[0], years[1]))
        }
        if let relative = relative(t, at: i) { return relative }
        if t[i].is(.preposition) || word == "over", i + 1 < t.count, let relative = relative(t, at: i + 1) {
            return (phrase(i..<relative.1), relative.1, relative.2)
        }
        // "in 2023", "by 2021", "since at least 2022", "in June 2023", "by the beginning of 2025"
        if t[i].is(.preposition) {
            var j = i + 1
            if j + 1 < t.count, t[j].isWord("at"), t[j + 1].isWord("least") { j += 2 }
            if j + 2 < t.count, t[j].isWord("the"), t[j + 1].isWord("beginning", "end", "start", "middle"),
                t[j + 2].isWord("of")
            {
                j += 3
            }
            if let end = monthYear(at: j) {
                // "in 2023 report" is not a period; a year that is followed by a noun names a thing.
                if end < t.count, t[end].isWord("report", "case", "law", "penal", "plan", "nap", "survey", "study") { return nil }
                // "in 2016 and 2017", "in 2016-2017": a span of years.
                if end + 1 < t.count, t[end].isWord("and", "to", "through") || t[end].text == "-", isYear(t[end + 1]) {
                    let years = [year(before: end), year(before: end + 2)].sorted()
                    return (phrase(i..<(end + 2)), end + 2, .span(years[0], years[1]))
                }
                return (phrase(i..<end), end, .year(year(before: end)))
            }
        }
        return nil
    }
}

/// Comparisons with an earlier period: "This compared with seven ... in 2022", "up from 12".
enum Comparisons {
    /// The token where the comparison starts; figures after it are an earlier period's.
    static func start(in tokens: [Token]) -> Int? {
        span(in: tokens)?.lowerBound
    }

    /// The tokens of the comparison: from its opening words to the end of the sentence, or to a new clause
    /// with a verb of its own ("..., an increase from eight in 2021, and sentenced them to ...").
    static func span(in tokens: [Token]) -> Range<Int>? {
        guard
            let first = tokens.indices.first(where: { i in
                tokens[i].isWord("compared", "compares", "compare", "versus")
                    || (tokens[i].isWord("as", "than") && i + 2 < tokens.count && tokens[i + 1].isWord("in", "during")
                        && Periods.isYear(tokens[i + 2]))
                    || (tokens[i].isWord("up", "down", "increase", "decrease") && i + 1 < tokens.count && tokens[i + 1].isWord("from"))
            })
        else { return nil }
        // A verb ends the comparison only where it opens a clause of its own ("..., and sentenced them"), not as
        // a participle after its noun ("compared with 279 victims assisted in 2016").
        var end = tokens.count
        for i in (first + 1)..<tokens.count {
            let opensClause =
                tokens[i].is(.verb) && tokens[i - 1].kind != .word
                || tokens[i].is(.verb) && tokens[i - 1].isWord("and", "but", "while", "also", "then")
            if tokens[i].text == ";" || opensClause {
                end = i
                break
            }
        }
        return first..<end
    }

    /// The token ranges of the parentheses in a sentence ("300 victims (180 in 2016)"), innermost last.
    static func asides(in tokens: [Token]) -> [Range<Int>] {
        var open: [Int] = []
        var ranges: [Range<Int>] = []
        for (i, token) in tokens.enumerated() {
            if token.text == "(" { open.append(i) }
            if token.text == ")", let start = open.popLast() { ranges.append(start..<(i + 1)) }
        }
        return ranges.sorted { $0.count > $1.count }.reversed()
    }

    /// Links each prior figure not yet linked to the current figure it is compared with: first by what is
    /// measured (the key without the section), then by the head noun of what is counted, to a figure no
    /// other prior took.
    /// Only statistics from index `from` on (the paragraph's) are considered.
    static func link(_ statistics: inout [Statistic], candidates: [Int], from: Int) {
        let paragraph = from..<statistics.count
        let priors = paragraph.filter { statistics[$0].prior && statistics[$0].priorOf == nil }
        guard !priors.isEmpty, !candidates.isEmpty else { return }
        // Each candidate's measure, read from its key once (the loop below sets links, not keys).
        let candidateMetrics = candidates.map { Keys.metric(of: statistics[$0].key) }
        for p in priors {
            let metric = Keys.metric(of: statistics[p].key)
            // The nearest current figure before it in its sentence that measures the same ("12 investigations in
            // FY 2019, a decrease from 20 in FY 2018" compares with the 12), else the paragraph's first.
            let measuring = candidates.indices.filter { candidateMetrics[$0] == metric && candidates[$0] < p }.map { candidates[$0] }
            if let match = measuring.last(where: { statistics[$0].sentence == statistics[p].sentence }) ?? measuring.first {
                statistics[p].priorOf = match
            }
        }
        // "compared with 184 ... in 2016 and 121 in 2015": a chained comparison figure measures what the one
        // before it does.
        for p in priors where statistics[p].priorOf == nil {
            guard
                let chained = paragraph.last(where: {
                    $0 < p && statistics[$0].prior && statistics[$0].sentence == statistics[p].sentence
                        && statistics[$0].counted == statistics[p].counted && statistics[$0].priorOf != nil
                })
            else { continue }
            statistics[p].priorOf = statistics[chained].priorOf
            statistics[p].action = statistics[p].action ?? statistics[chained].action
            statistics[p].key = statistics[chained].key
        }
        for p in priors where statistics[p].priorOf == nil {
            let taken = Set(paragraph.compactMap { statistics[$0].priorOf })
            let head = headNoun(statistics[p].counted)
            guard !head.isEmpty,
                let match = candidates.first(where: { !taken.contains($0) && $0 < p && headNoun(statistics[$0].counted) == head })
            else { continue }
            statistics[p].priorOf = match
            // Compared like with like: the earlier figure measures what the current one does.
            if statistics[p].action == nil {
                statistics[p].action = statistics[match].action
                statistics[p].key = Keys.rekeyed(statistics[p], like: statistics[match])
            }
        }
    }

    private static func headNoun(_ counted: String) -> String {
        counted.lowercased().split(separator: " ").last.map(String.init) ?? ""
    }
}
