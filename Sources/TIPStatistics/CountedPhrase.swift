/// What the words around a count say it counts when its own noun does not: the group it is a part of ("127
/// victims, including 26 children"), a name in quotes, a verb after it, the group "of whom" it is.
struct CountedPhrase {
    /// What the sentence's own reader found the figure counts (lowercased).
    let counted: String
    /// The sentence's words from the figure to the next figure (folded, space-separated).
    let context: String
    /// The sentence's words before the figure.
    let before: String
    /// The sentence's words after `context`.
    let after: String

    /// The phrase around the figure whose `context` starts in `sentence` (both folded, space-separated).
    init(counted: String, context: String, sentence: String) {
        self.counted = counted
        self.context = context
        let range = TextSearch.range(of: context, in: sentence)
        before = range.map { String(sentence[..<$0.lowerBound]) } ?? ""
        after = range.map { String(sentence[$0.upperBound...]) } ?? ""
    }

    /// Words that name a part of a group, not a thing counted on its own.
    static let populations: Set<String> = [
        "children", "child", "girls", "girl", "boys", "boy", "minors", "minor", "women", "woman", "men", "man", "adults", "foreigners",
        "foreign", "nationals",
        "confirmed", "potential", "suspected", "presumed", "female", "male", "adult", "and", "of", "whom", "them",
    ]

    /// Things a group is counted in: a part is counted as its group is.
    static let heads = ["victims", "victim", "cases", "investigations", "prosecutions", "convictions", "defendants", "traffickers"]

    private var countedWords: [String] { counted.split(separator: " ").map(String.init) }

    /// The group a part belongs to: its noun and the verb that counted it ("children" after "127 victims,
    /// including" → "children victims", identified; "confirmed" in "identified two confirmed and 129 potential
    /// trafficking victims" → "confirmed victims"; "fifteen" after "Among the victims identified").
    var whole: (counted: String, action: String?)? {
        let words = countedWords
        let onlyPart = words.allSatisfy(Self.populations.contains)
        guard onlyPart else { return nil }
        let tail = before.split(separator: " ").map(String.init)
        // "two confirmed and 129 potential trafficking victims": the noun follows, after the other part.
        if !words.isEmpty, words.allSatisfy({ ["confirmed", "potential", "suspected", "presumed"].contains($0) }),
            let head = (context + " " + after).split(separator: " ").prefix(10).first(where: { Self.heads.contains(String($0)) })
        {
            return (counted + " " + head, nil)
        }
        // "identifying 40 children as potential forced begging victims": what they were identified as.
        let next = context.split(separator: " ").map(String.init)
        if let asWord = next.prefix(4).firstIndex(of: "as"), let head = next[asWord...].prefix(6).firstIndex(where: Self.heads.contains) {
            return (counted + " " + next[(asWord + 1)...head].joined(separator: " "), nil)
        }
        // "six victims in 2022, one woman and five girls": the parts follow the group after a comma.
        if !words.isEmpty {
            let listed = tail.reversed().prefix { $0 != "," && (Self.populations.contains($0) || NumberText.value(of: $0) != nil) }
            let group = tail.dropLast(listed.count)
            if group.last == ",", let head = group.dropLast().suffix(4).last(where: Self.heads.contains) {
                return (counted + " " + head, tail.last { $0.hasSuffix("ed") && SentenceReader.isVerb($0) })
            }
        }
        // "..., including 26 children", "among them 12 girls", "Among the victims identified, at least fifteen".
        let joins: Set<String> = ["including", "among", "of"]
        guard let join = tail.lastIndex(where: joins.contains) else { return nil }
        let group = tail[join...]
        let head: String?
        if words.isEmpty {
            head = group.first(where: Self.heads.contains)
        } else {
            guard tail.count - join <= 3 else { return nil }
            head = tail[..<join].last(where: Self.heads.contains)
        }
        guard let head else { return nil }
        let verb = tail.last { $0.hasSuffix("ed") && SentenceReader.isVerb($0) }
        return ((words.isEmpty ? "" : counted + " ") + head, verb)
    }

    /// The qualifiers a part adds to its group: the words it is counted by, and what follows it in its clause
    /// ("fifteen were subjected to forced labor").
    var qualifiers: String {
        let clause = context.split(separator: ",").first.map(String.init) ?? context
        return countedWords.isEmpty ? clause : counted
    }

    /// "22 of whom were children": the group the figure is of.
    var ofWhom: String {
        guard let range = TextSearch.range(of: " of whom were ", in: context) ?? TextSearch.range(of: " of whom are ", in: context) else {
            return ""
        }
        return context[range.upperBound...].split(separator: " ").prefix(2).joined(separator: " ")
    }

    /// People named by what was done to them: "the 1,298 individuals convicted on prostitution charges in 2017"
    /// → "individuals convicted on prostitution charges".
    var described: String? {
        let words = countedWords
        guard words.count == 1, Self.people.contains(words[0]) else { return nil }
        let following = context.split(separator: " ").map(String.init).drop { $0 != words[0] }.dropFirst()
        guard let verb = following.first, verb.hasSuffix("ed"), SentenceReader.isVerb(verb) else { return nil }
        let stops: Set<String> = ["in", "during", "between", "since", "from", "by", "and", "but", "who", "which", "that"]
        let phrase = following.prefix { $0.allSatisfy(\.isLetter) && !stops.contains($0) }.prefix(4)
        return ([words[0]] + phrase).joined(separator: " ")
    }

    /// Nouns for people that say nothing of what they are counted for.
    static let people: Set<String> = ["individuals", "persons", "people"]

    /// A name in quotes right after the figure: "operated 124 “crisis rooms”" → "crisis rooms".
    var named: String? {
        guard counted.isEmpty else { return nil }
        let words = context.split(separator: " ").dropFirst()
        guard let open = words.first, open == "“" || open == "\"" else { return nil }
        let name = words.dropFirst().prefix { $0 != "”" && $0 != "\"" }
        guard !name.isEmpty, name.count <= 5, name.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        return name.joined(separator: " ")
    }

    /// A verb after the victims, in the same clause: "Of the 131 ... victims the government identified in 2017";
    /// not one of a relative clause or a passive ("17 ... workers who were captured ... were likely prosecuted").
    var actionAfter: String? {
        guard TextSearch.contains(counted, "victim") else { return nil }
        let clause = context.split(separator: ",").first.map { $0.split(separator: " ").map(String.init) } ?? []
        let own = clause.dropFirst().prefix { !["who", "which", "that", "were", "was", "whom"].contains($0) }
        return own.first { $0.hasSuffix("ed") && SentenceReader.isVerb($0) }
    }
}
