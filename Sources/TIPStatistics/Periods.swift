/// Reference periods stated in a sentence: "in 2023", "calendar year 2023", "by 2021", "between June 2023 and February 2024".
enum Periods {
    /// A period phrase and the token it starts at.
    struct Found: Equatable {
        var token: Int
        var text: String
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    private static let prepositions: Set<String> = ["in", "during", "by", "since", "through", "throughout", "until", "before"]

    static func isYear(_ token: Token) -> Bool {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text) else { return false }
        return (1990...2099).contains(value)
    }

    /// Every period phrase in the tokens, in order.
    static func all(in tokens: [Token]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if let (text, end) = match(tokens, at: i) {
                found.append(Found(token: i, text: text))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// A "calendar year 2023" / "fiscal year 2023" / "reporting period" statement that frames a whole paragraph.
    static func reportingPeriod(in tokens: [Token]) -> String? {
        for i in tokens.indices where tokens[i].isWord("calendar", "fiscal") {
            if i + 2 < tokens.count, tokens[i + 1].isWord("year"), isYear(tokens[i + 2]) {
                return tokens[i...(i + 2)].map(\.text).joined(separator: " ")
            }
        }
        return nil
    }

    /// The period closest to a token, if any.
    static func nearest(to token: Int, in periods: [Found]) -> String? {
        periods.min { abs($0.token - token) < abs($1.token - token) }?.text
    }

    private static func match(_ t: [Token], at i: Int) -> (String, Int)? {
        // The preposition in lower case ("In 2023," at a sentence start reads "in 2023").
        func phrase(_ range: Range<Int>) -> String {
            t[range].enumerated().map {
                $0.offset == 0 && (prepositions.contains($0.element.folded) || $0.element.isWord("between", "from"))
                    ? $0.element.folded : $0.element.text
            }
            .joined(separator: " ")
        }
        func monthYear(at j: Int) -> Int? {
            if j < t.count, isYear(t[j]) { return j + 1 }
            if j + 1 < t.count, months.contains(t[j].folded), isYear(t[j + 1]) { return j + 2 }
            return nil
        }
        let word = t[i].folded
        // "calendar year 2023", "fiscal year 2023", "FY 2023"
        if (word == "calendar" || word == "fiscal"), i + 2 < t.count, t[i + 1].isWord("year"), isYear(t[i + 2]) {
            return (phrase(i..<(i + 3)), i + 3)
        }
        // "between June 2023 and February 2024", "from April 2023 to March 2024"
        if word == "between" || word == "from", let first = monthYear(at: i + 1), first < t.count,
            t[first].isWord("and", "to", "through"), let second = monthYear(at: first + 1)
        {
            return (phrase(i..<second), second)
        }
        // "in 2023", "by 2021", "since at least 2022", "in June 2023", "by the beginning of 2025"
        if prepositions.contains(word) {
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
                return (phrase(i..<end), end)
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
                tokens[i].isWord("compared", "compares", "versus")
                    || (tokens[i].isWord("up", "down", "increase", "decrease") && i + 1 < tokens.count && tokens[i + 1].isWord("from"))
            })
        else { return nil }
        var end = tokens.count
        for i in (first + 1)..<tokens.count where tokens[i].text == ";" || SentenceReader.isVerb(tokens[i].folded) {
            end = i
            break
        }
        return first..<end
    }

    /// Links each prior figure not yet linked to the current figure it is compared with: first by what is
    /// measured (the key without the section), then by the head noun of what is counted, to a figure no
    /// other prior took.
    /// Only statistics from index `from` on (the paragraph's) are considered.
    static func link(_ statistics: inout [Statistic], candidates: [Int], from: Int) {
        let paragraph = from..<statistics.count
        let priors = paragraph.filter { statistics[$0].prior && statistics[$0].priorOf == nil }
        guard !priors.isEmpty, !candidates.isEmpty else { return }
        for p in priors {
            let metric = Keys.metric(of: statistics[p].key)
            if let match = candidates.first(where: { Keys.metric(of: statistics[$0].key) == metric && $0 < p }) {
                statistics[p].priorOf = match
            }
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
