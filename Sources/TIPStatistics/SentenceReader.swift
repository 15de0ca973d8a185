import TIPModel

/// Reads the figures of one sentence's tokens.
struct SentenceReader {
    let tokens: [Token]
    let section: SectionKind

    private static let qualifiers: [([String], String)] = [
        (["approximately"], "approximately"), (["about"], "about"), (["more", "than"], "more than"),
        (["over"], "over"), (["at", "least"], "at least"), (["almost"], "almost"), (["nearly"], "nearly"),
        (["up", "to"], "up to"), (["fewer", "than"], "fewer than"), (["less", "than"], "less than"),
        (["around"], "around"), (["roughly"], "roughly"), (["an", "estimated"], "an estimated"),
        (["at", "most"], "at most"), (["some"], "some"),
    ]
    static let references: Set<String> = [
        "article", "articles", "art", "arts", "section", "sections", "no", "nos", "law", "laws", "decree", "decrees",
        "resolution", "chapter", "paragraph", "para", "code", "tier", "tiers", "act", "bill", "order", "number",
        "covid", "ley", "decreto", "protocol", "convention", "phase", "level",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let currencies: [String: String] = [
        "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
        "pounds": "GBP", "pesos": "pesos", "cup": "CUP", "lira": "lira", "rupees": "rupees", "dinars": "dinars",
        "naira": "naira", "shillings": "shillings", "baht": "baht", "rand": "rand", "yuan": "yuan", "riyals": "riyals",
        "dirhams": "dirhams", "kwacha": "kwacha", "cedis": "cedis", "francs": "francs", "rubles": "rubles",
        "pesos'": "pesos", "lari": "lari", "tenge": "tenge", "som": "som", "taka": "taka", "leones": "leones",
    ]

    func figures() -> [Figure] {
        var reads: [Read] = []
        var i = 0
        while i < tokens.count {
            if let term = term(at: i) {
                reads.append(term)
                i = term.endToken
                continue
            }
            guard let number = NumberReader.read(tokens, at: i), !isExcluded(at: i, end: number.end, isDigits: number.isDigits)
            else {
                i += 1
                continue
            }
            var read = read(startingAt: i, number: number)
            // "... identified 212 victims, including 140 women, ..., and referred 98 percent of them":
            // a pronoun points back to the sentence's first count, the subject of the list.
            if ["them", "those", "these", "it", "they"].contains(read.figure.counted.lowercased()),
                let subject = reads.first(where: { $0.figure.unit == .count })?.figure
            {
                read.figure.counted = subject.counted
            }
            if read.figure.counted.isEmpty, let previous = reads.last?.figure, previous.unit == read.figure.unit {
                read.figure.counted = inherited(read.figure, from: previous)
                if read.figure.action == nil { read.figure.action = previous.action }
            }
            reads.append(read)
            i = max(i + 1, read.endToken)
        }
        // What follows a figure, up to the next one, qualifies it ("... for those involving a child victim").
        let sentence = reads.isEmpty ? "" : tokens.map(\.folded).joined(separator: " ")
        for index in reads.indices {
            let from = reads[index].firstToken
            let to = index + 1 < reads.count ? reads[index + 1].firstToken : tokens.count
            reads[index].figure.context = tokens[from..<max(from, to)].map(\.folded).joined(separator: " ")
            reads[index].figure.sentence = sentence
        }
        return reads.map(\.figure)
    }

    /// A figure with the tokens it spans.
    private struct Read {
        var figure: Figure
        var firstToken: Int
        var endToken: Int
    }

    private func read(startingAt start: Int, number: (value: Double, end: Int, isDigits: Bool)) -> Read {
        var first = start
        let value = number.value
        var end = number.end
        var upper: Double?
        var openUpper: String?
        var unit = Statistic.Unit.count
        var currency: String?

        // Money written with a symbol before the number: "$4.9 billion", "US$7 million", "€3".
        if start > 0, tokens[start - 1].kind == .symbol, ["$", "€", "£"].contains(tokens[start - 1].text) {
            first = start - 1
            unit = .money
            currency = ["$": "USD", "€": "EUR", "£": "GBP"][tokens[start - 1].text]
            if start > 1, tokens[start - 2].folded == "us", tokens[start - 2].end == tokens[start - 1].start { first = start - 2 }
        }
        // "between 75 and 95", "from three to eight", "seven to 15", "75-95".
        var rangeStart = first
        if first > 0, tokens[first - 1].isWord("between", "from", "ranging", "ranged") { rangeStart = first - 1 }
        let isBetween = rangeStart < first && tokens[rangeStart].folded == "between"
        if end < tokens.count {
            let joiner = tokens[end]
            // "between 75 and 95"; "ranging between €3,500 to €36,000" is written too.
            let joins = joiner.isWord("to") || joiner.text == "-" || joiner.text == "–" || isBetween && joiner.isWord("and")
            if joins, end + 1 < tokens.count {
                var next = end + 1
                if ["$", "€", "£"].contains(tokens[next].text) { next += 1 }
                if next < tokens.count, let second = NumberReader.read(tokens, at: next), !isYear(next, isDigits: second.isDigits) {
                    upper = second.value
                    end = second.end
                }
            }
        }
        // The unit after the number (or the range).
        var unitEnd = end
        if unitEnd < tokens.count {
            let word = tokens[unitEnd].folded
            if word == "percent" || tokens[unitEnd].text == "%" {
                unit = .percent
                unitEnd += 1
            } else if word == "per", unitEnd + 1 < tokens.count, tokens[unitEnd + 1].folded == "cent" {
                unit = .percent
                unitEnd += 2
            } else if let code = Self.currencies[word] {
                unit = .money
                currency = code
                unitEnd += 1
            } else if let duration = Self.duration(word) {
                unit = duration
                unitEnd += 1
                // "years'" / "years’" of imprisonment
                if unitEnd < tokens.count, tokens[unitEnd].text == "’" || tokens[unitEnd].text == "'" { unitEnd += 1 }
            }
        }
        // "six months to 18 years", "18 months to eight years": a range whose ends have units of their own.
        var upperUnit: Statistic.Unit?
        if upper == nil, [.years, .months, .days, .hours].contains(unit), unitEnd + 2 < tokens.count,
            tokens[unitEnd].isWord("to") || isBetween && tokens[unitEnd].isWord("and"),
            let second = NumberReader.read(tokens, at: unitEnd + 1), second.end < tokens.count,
            let secondUnit = Self.duration(tokens[second.end].folded)
        {
            upper = second.value
            upperUnit = secondUnit == unit ? nil : secondUnit
            end = second.end
            unitEnd = second.end + 1
            if unitEnd < tokens.count, tokens[unitEnd].text == "’" || tokens[unitEnd].text == "'" { unitEnd += 1 }
        }
        // "10 years to life"
        if upper == nil, [.years, .months].contains(unit), unitEnd + 1 < tokens.count, tokens[unitEnd].isWord("to"),
            tokens[unitEnd + 1].isWord("life")
        {
            openUpper = "life"
            unitEnd += 2
        }
        let qualifier = self.qualifier(before: rangeStart)
        let countedRange = counted(from: unitEnd, unit: unit)
        let counted = countedRange.text
        let action = self.action(before: rangeStart, after: countedRange.end, counted: counted)
        let lastToken = max(unitEnd, end) - 1
        let figure = Figure(
            tokenStart: start, start: tokens[isBetween ? rangeStart : first].start, end: tokens[lastToken].end,
            value: value, upper: upper, upperUnit: upperUnit, openUpper: openUpper, unit: unit, currency: currency,
            qualifier: qualifier,
            counted: counted, context: "", sentence: "", action: action)
        return Read(figure: figure, firstToken: start, endToken: max(unitEnd, end))
    }

    /// "an eight-year sentence", "a 10-year prison term": a term of imprisonment written as a compound.
    private func term(at i: Int) -> Read? {
        var value: Double?
        var unit: Statistic.Unit?
        var end = i + 1
        // Only a word with a hyphen is split (most are not).
        let hyphenated = tokens[i].kind == .word && tokens[i].folded.utf8.contains(UInt8(ascii: "-"))
        let parts = hyphenated ? tokens[i].folded.split(separator: "-").map(String.init) : []
        if tokens[i].kind == .word, parts.count == 2 {
            value = NumberReader.wordValue(parts[0])
            unit = Self.duration(parts[1] + "s")
        } else if tokens[i].kind == .number, i + 2 < tokens.count, tokens[i + 1].text == "-",
            tokens[i + 1].start == tokens[i].end, tokens[i + 2].start == tokens[i + 1].end
        {
            value = Double(tokens[i].text.filter { $0 != "," })
            unit = Self.duration(tokens[i + 2].folded + "s")
            end = i + 3
        }
        guard let value, let unit, unit == .years || unit == .months, end < tokens.count,
            tokens[end].isWord("sentence", "sentences", "prison", "imprisonment", "jail", "term", "terms")
        else { return nil }
        let counted = counted(from: end, unit: .count)
        let figure = Figure(
            tokenStart: i, start: tokens[i].start, end: tokens[end - 1].end, value: value, upper: nil, upperUnit: nil,
            openUpper: nil, unit: unit, currency: nil, qualifier: qualifier(before: i), counted: counted.text, context: "",
            sentence: "", action: action(before: i, after: counted.end, counted: counted.text))
        return Read(figure: figure, firstToken: i, endToken: end)
    }

    private static func duration(_ word: String) -> Statistic.Unit? {
        switch word {
        case "year", "years", "year's", "years'": .years
        case "month", "months", "month's", "months'": .months
        case "day", "days", "day's", "days'": .days
        case "hour", "hours": .hours
        default: nil
        }
    }

    private func isYear(_ i: Int, isDigits: Bool) -> Bool {
        guard isDigits, tokens[i].kind == .number, tokens[i].text.count == 4, !tokens[i].text.contains(","),
            let value = Int(tokens[i].text)
        else { return false }
        return (1900...2099).contains(value)
    }

    /// Numbers that are not statistics: years, dates, article and tier numbers, ages, clock phrases, ranks.
    private func isExcluded(at i: Int, end: Int, isDigits: Bool) -> Bool {
        let token = tokens[i]
        if isYear(i, isDigits: isDigits) && !(end < tokens.count && ["percent", "%"].contains(tokens[end].folded)) { return true }
        let before = i > 0 ? tokens[i - 1] : nil
        let twoBefore = i > 1 ? tokens[i - 2] : nil
        // "Article 363.1", "Art. 5", "No. 17", "Tier 3", "Articles 176 and 177".
        if let before, before.is(.reference) { return true }
        if let before, before.text == ".", let twoBefore, twoBefore.is(.reference) { return true }
        if let before, before.isWord("and", "or"), i > 2, tokens[i - 3].kind == .word, tokens[i - 3].is(.reference) {
            return true
        }
        // Dates: "September 29", "29 September", "Sept. 25".
        if let before, before.is(.dateMonth) { return true }
        if let before, before.text == ".", let twoBefore, twoBefore.is(.dateMonth) { return true }
        if end < tokens.count, tokens[end].is(.dateMonth) && isDigits { return true }
        // Ages: "the age of 17", "younger than 18", "aged 15", "under 18 years of age", "a 15-year-old".
        if end + 2 < tokens.count, tokens[end].isWord("years", "year"), tokens[end + 1].isWord("of"), tokens[end + 2].isWord("age") {
            return true
        }
        if end + 1 < tokens.count, tokens[end].isWord("years", "year"), tokens[end + 1].isWord("old") { return true }
        // "for the first time in seven years": a span that dates an ordinal, not a figure.
        if let before, before.isWord("in"), let twoBefore, twoBefore.isWord("time") { return true }
        // "Article 2:239": the part of a reference after its separator.
        if let before, before.text == ":" || before.text == ".", let twoBefore, twoBefore.kind == .number, i > 2,
            tokens[i - 3].is(.reference)
        {
            return true
        }
        let recent = tokens[max(0, i - 3)..<i].map(\.folded)
        if recent.contains("age") || recent.contains("aged") || recent.contains("ages") { return true }
        if let before, before.isWord("than"), let twoBefore, twoBefore.isWord("younger", "older") { return true }
        // Clock and compound phrases: "24-hour hotline", "24/7", "COVID-19", "three-year plan".
        // "24-hour", "24/7": joined to what follows (a range "75-95" is read before this check applies).
        if end < tokens.count, tokens[end].start == tokens[end - 1].end,
            tokens[end].text == "/" || (tokens[end].text == "-" && end + 1 < tokens.count && tokens[end + 1].kind != .number)
        {
            return true
        }
        if token.kind == .word, token.folded.utf8.contains(UInt8(ascii: "-")), token.folded.contains("-"),
            let last = token.folded.split(separator: "-").last,
            NumberReader.wordValue(String(last)) == nil
        {
            return true
        }
        if let before, before.text == "-" || before.text == "/", before.end == token.start { return true }
        // Footnote markers "[3]" and list numbers "(1)".
        if let before, before.text == "[" || before.text == "(", end < tokens.count, tokens[end].text == "]" || tokens[end].text == ")" {
            return true
        }
        // "one" as a pronoun or article: "one of the", "no one", "one another".
        if token.folded == "one" {
            if end < tokens.count, tokens[end].isWord("of", "another", "such", "way", "hand", "or", "side", "time", "day") {
                return true
            }
            if let before, before.isWord("no", "any", "each", "every", "the", "this", "that", "which") { return true }
        }
        return false
    }

    private func qualifier(before i: Int) -> String? {
        for (words, name) in Self.qualifiers where i >= words.count {
            if zip(tokens[(i - words.count)..<i], words).allSatisfy({ $0.folded == $1 }) { return name }
        }
        return nil
    }

    static let stops: Set<String> = [
        "of", "in", "for", "to", "from", "with", "or", "but", "who", "which", "that", "were", "was", "had", "have", "has",
        "by", "on", "at", "as", "under", "during", "since", "involving", "including", "compared", "while", "whose",
        "than", "into", "through", "where", "when", "did", "could", "would", "is", "are", "be", "been", "per", "this",
        "these", "their", "its", "after", "before", "between", "across", "among", "until", "and", "not", "never",
        "all", "reportedly", "allegedly", "reported", "indicated", "noted", "said", "stated", "claimed", "remained",
        "according",
    ]
    private static let gerundNouns: Set<String> = [
        "trafficking", "begging", "training", "trainings", "housing", "funding", "counseling", "smuggling", "offending",
        "proceedings", "hearings", "meetings", "recordings", "findings", "buildings", "screenings", "briefings",
    ]

    /// What the figure counts: the noun phrase after it ("domestic trafficking cases"); for a percentage with
    /// no "of", the clause that follows ("never saw a contract").
    private func counted(from start: Int, unit: Statistic.Unit) -> (text: String, end: Int) {
        var i = start
        // "11 months of service"
        if [.years, .months, .days].contains(unit), i + 1 < tokens.count, tokens[i].isWord("of"), tokens[i + 1].kind == .word {
            i += 1
        }
        // "3.5 million lira ($120,000) to NGO shelters": the parenthesis is an aside.
        if unit == .money, i < tokens.count, tokens[i].text == "(",
            let close = tokens[i...].firstIndex(where: { $0.text == ")" }), close - i <= 8
        {
            i = close + 1
        }
        if unit == .percent || unit == .money {
            if i < tokens.count, tokens[i].isWord("of", "in") || unit == .money && tokens[i].isWord("to", "for", "on") { i += 1 }
            if i < tokens.count, tokens[i].isWord("were", "was", "are", "is"), i + 1 < tokens.count,
                tokens[i + 1].isWord("from", "for")
            {
                i += 2
            }
            if i < tokens.count, tokens[i].isWord("the", "its", "their", "all") { i += 1 }
            if unit == .percent && start < tokens.count && !tokens[start].isWord("of") {
                return clause(from: i, limit: 8)
            }
        }
        // "an increase from three the previous year", "compared with 12 last year": a period, not what is counted.
        if i + 1 < tokens.count, tokens[i].isWord("the", "last"),
            tokens[i + 1].isWord("previous", "prior", "preceding", "last", "current", "same", "year")
        {
            return ("", i)
        }
        var words: [String] = []
        while i < tokens.count, tokens[i].kind == .word, words.count < 6 {
            let word = tokens[i].folded
            if tokens[i].wordValue != nil && !words.isEmpty { break }
            if word == "and", let last = words.last {
                // "child and adolescent protection centers" goes on; "traffickers and five ..." stops.
                if last.hasSuffix("s") || i + 1 >= tokens.count || NumberReader.read(tokens, at: i + 1) != nil
                    || tokens[i + 1].is(.stop)
                {
                    break
                }
                words.append(word)
                i += 1
                continue
            }
            if tokens[i].is(.stop) {
                // "the export of medical services": a singular noun goes on through "of".
                guard word == "of", let last = words.last, !last.hasSuffix("s"), i + 1 < tokens.count,
                    tokens[i + 1].kind == .word, !tokens[i + 1].is(.stop)
                else { break }
            }
            if !words.isEmpty, ["the", "a", "an"].contains(word) { break }
            if !words.isEmpty, word.hasSuffix("ing"), !Self.gerundNouns.contains(word) {
                // "working groups" is a noun phrase; "labor working as" is not.
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                guard let next, let last = words.last, !last.hasSuffix("s"), next.kind == .word, next.folded.hasSuffix("s"),
                    !next.is(.stop)
                else { break }
            }
            if let last = words.last, last.hasSuffix("s") && word.hasSuffix("ed") || word.hasSuffix("ly") { break }
            words.append(tokens[i].text)
            i += 1
        }
        while let last = words.last, last.lowercased() == "and" { words.removeLast() }
        var text = words.joined(separator: " ")
        if text.lowercased() == "in prison"
            || text.isEmpty && start < tokens.count && tokens[start].isWord("in")
                && start + 1 < tokens.count && tokens[start + 1].isWord("prison")
        {
            text = "imprisonment"
            i = start + 2
        }
        return (text, i)
    }

    private func clause(from start: Int, limit: Int) -> (text: String, end: Int) {
        var words: [String] = []
        var i = start
        while i < tokens.count, words.count < limit {
            if tokens[i].isWord("once", "when", "if", "because", "while", "who", "which", "that", "as", "after") { break }
            if tokens[i].kind == .word {
                words.append(tokens[i].text)
            } else if !["“", "”", "\"", "‘", "’"].contains(tokens[i].text) {
                break
            }
            i += 1
        }
        return (words.joined(separator: " "), i)
    }

    /// "13 were for sex trafficking and one for forced begging" after "14 domestic trafficking cases":
    /// the noun comes from the figure before ("sex trafficking cases", "forced begging cases"); likewise
    /// "of which 37 were trafficking-related" and "98 percent of them".
    private func inherited(_ figure: Figure, from previous: Figure) -> String {
        if figure.unit != .count { return previous.counted }
        guard let head = previous.counted.split(separator: " ").last.map(String.init) else { return "" }
        // "compared with 184 confirmed and potential victims in 2016 and 121 in 2015": the figure stands for the
        // whole phrase of the one before.
        guard let index = tokens.firstIndex(where: { $0.start >= figure.end }) else { return previous.counted }
        if tokens[index].isWord("in", "during", "by") || tokens[index].kind == .symbol { return previous.counted }
        var i = index
        if i < tokens.count, tokens[i].isWord("were", "was") {
            i += 1
            // "were trafficking-related."
            if i < tokens.count, tokens[i].kind == .word, !tokens[i].isWord("for"), !tokens[i].is(.stop),
                i + 1 == tokens.count || tokens[i + 1].kind == .symbol
            {
                return tokens[i].text + " " + head
            }
        }
        guard i < tokens.count, tokens[i].isWord("for") else { return head }
        let what = counted(from: i + 1, unit: .count).text
        return what.isEmpty ? head : what + " " + head
    }

    /// Whether a word is one of the verbs that produce figures ("investigated", "sentenced", ...).
    static func isVerb(_ word: String) -> Bool { verbs[word] != nil }

    /// The verbs `isVerb(_:)` knows.
    static var verbWords: Dictionary<String, String>.Keys { verbs.keys }

    private static let verbs: [String: String] = [
        "investigated": "investigated", "investigating": "investigated", "prosecuted": "prosecuted",
        "prosecuting": "prosecuted", "convicted": "convicted", "convicting": "convicted", "identified": "identified",
        "identifying": "identified", "referred": "referred", "referring": "referred", "assisted": "assisted",
        "assisting": "assisted", "conducted": "conducted", "conducting": "conducted", "issued": "issued",
        "issuing": "issued", "sentenced": "sentenced", "repatriated": "repatriated", "trained": "trained",
        "training": "trained", "sanctioned": "sanctioned", "reported": "reported", "received": "received",
        "provided": "provided", "operated": "operated", "opened": "opened", "initiated": "initiated",
        "arrested": "arrested", "detained": "detained", "removed": "removed", "rescued": "rescued",
        "deported": "deported", "recruited": "recruited", "deployed": "deployed", "documented": "documented",
        "documenting": "documented", "sheltered": "sheltered", "certified": "certified", "fined": "fined",
        "traveled": "traveled", "allocated": "allocated", "spent": "spent", "funded": "funded",
    ]
    private static let nounVerbs: [(String, String)] = [
        ("investigation", "investigated"), ("prosecution", "prosecuted"), ("conviction", "convicted"),
        ("inspection", "conducted"), ("referral", "referred"), ("arrest", "arrested"),
    ]

    /// The verb that produced the figure: the nearest known verb before it in the sentence, a passive
    /// after it ("2,000 victims were identified"), else one implied by what is counted ("prosecutions").
    private func action(before i: Int, after end: Int, counted: String) -> String? {
        var j = i - 1
        while j >= 0 && i - j <= 12 {
            // "... cases involving eight Cuban traffickers": the verb governs the cases, not the traffickers.
            if tokens[j].text == ";" || tokens[j].isWord("involving", "including", "among", "with") { break }
            if tokens[j].is(.verb), let verb = Self.verbs[tokens[j].folded] { return verb }
            j -= 1
        }
        if end + 1 < tokens.count, tokens[end].isWord("were", "was"), tokens[end + 1].is(.verb),
            let verb = Self.verbs[tokens[end + 1].folded]
        {
            return verb
        }
        let lower = counted.lowercased()
        return Self.nounVerbs.first { TextSearch.contains(lower, $0.0) }?.1
    }
}
