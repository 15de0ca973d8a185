import TIPModel

/// Stable keys for statistics: section, what is measured (a fixed vocabulary for the figures analysts follow)
/// and its qualifiers, so the same figure has the same key in every year's edition.
public enum Keys {
    /// The fixed vocabulary of measures (`Measure.vocabulary`'s names).
    public static let vocabulary: [String] = Measure.vocabulary.map(\.name)

    /// The measure part of a key ("prosecution.investigations.domestic" → "investigations").
    public static func metric(of key: String) -> String {
        let parts = key.split(separator: ".")
        return parts.count > 1 ? String(parts[1]) : key
    }

    /// Whether two different keys could name one measure whose wording changed ("cuban-government-affiliated-
    /// workers" and "cuban-regime-affiliated-workers"): never for the fixed vocabulary, where a different key
    /// is a different measure; otherwise when most of their words are shared.
    public static func sameMeasure(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if vocabulary.contains(metric(of: a)) || vocabulary.contains(metric(of: b)) { return false }
        let wordsA = a.split(whereSeparator: { $0 == "." || $0 == "-" }).map(String.init)
        let wordsB = b.split(whereSeparator: { $0 == "." || $0 == "-" }).map(String.init)
        let shared = Set(wordsA).intersection(wordsB).count
        return Double(2 * shared) / Double(Set(wordsA).count + Set(wordsB).count) >= 0.6
    }

    static func key(for statistic: Statistic, context: String, sentence: String) -> String {
        var counted = statistic.counted.lowercased().replacingOccurrences(of: "’", with: "'")
        var action = statistic.action
        var qualifierText = counted
        if statistic.unit == .count {
            let part = CountedPhrase(counted: counted, context: context, sentence: sentence)
            if let whole = part.whole {
                // "127 victims, including 26 children": children among the victims, counted as the victims are.
                (counted, qualifierText) = (whole.counted, whole.counted + " " + part.qualifiers)
                action = action ?? whole.action
            } else if let named = part.named ?? part.described {
                (counted, qualifierText) = (named, named)
            }
            action = action ?? part.actionAfter
            qualifierText += " " + part.ofWhom
        }
        let measure = metric(counted: counted, action: action, unit: statistic.unit, section: statistic.section, sentence: sentence)
        var parts = [statistic.section.rawValue, measure.name]
        if measure.qualified {
            if statistic.unit != .count && statistic.unit != .percent { qualifierText = counted + " " + context }
            parts += qualifiers(in: qualifierText)
        }
        if statistic.unit == .count { parts += certainty(in: counted) }
        return parts.joined(separator: ".")
    }

    /// The key a prior figure gets when it is compared with `current`: the current one's measure, its own qualifiers.
    static func rekeyed(_ prior: Statistic, like current: Statistic) -> String {
        let own = qualifiers(in: prior.counted.lowercased()) + certainty(in: prior.counted.lowercased())
        return ([prior.section.rawValue, metric(of: current.key)] + own).joined(separator: ".")
    }

    private static func metric(
        counted: String, action: String?, unit: Statistic.Unit, section: SectionKind, sentence: String
    ) -> (name: String, qualified: Bool) {
        switch unit {
        case .years, .months, .days, .hours:
            if TextSearch.contains(sentence, "sentence") { return ("sentences", true) }
            if TextSearch.contains(sentence, "penalt") || TextSearch.contains(sentence, "prescrib") { return ("penalties", true) }
            return (slug(counted).isEmpty ? unit.description : slug(counted) + "-" + unit.description, false)
        case .count:
            if TextSearch.contains(counted, "investigation") || action == "investigated" && !TextSearch.contains(counted, "victim") {
                return ("investigations", true)
            }
            if TextSearch.contains(counted, "prosecution") || action == "prosecuted" && !TextSearch.contains(counted, "victim") {
                return ("prosecutions", true)
            }
            if TextSearch.contains(counted, "conviction") || action == "convicted" && !TextSearch.contains(counted, "victim") {
                return ("convictions", true)
            }
            // "sentenced 15 traffickers", "courts sentenced 10": people sentenced, one sentence each.
            // "convicted and sentenced 15 traffickers": convictions, as the report counts them.
            if TextSearch.contains(sentence, "convicted and sentenced") && !TextSearch.contains(counted, "victim") {
                return ("convictions", true)
            }
            if action == "sentenced" && !TextSearch.contains(counted, "victim") { return ("sentences", true) }
            if TextSearch.contains(counted, "victim") {
                switch action {
                case "identified": return ("victims-identified", true)
                case "referred": return ("victims-referred", true)
                case "assisted", "provided", "sheltered", "received": return ("victims-assisted", true)
                case let verb?: return ("victims-" + verb, true)
                case nil: return ("victims", true)
                }
            }
            if action == "trained" && !TextSearch.contains(counted, "victim") { return ("officials-trained", false) }
            if TextSearch.contains(counted, "inspection") { return ("labor-inspections", false) }
            if TextSearch.contains(counted, "violation") { return ("labor-violations", false) }
            if TextSearch.contains(counted, "shelter") || section == .protection && TextSearch.contains(counted, "center") {
                return ("shelters", false)
            }
            if TextSearch.contains(counted, "call") { return ("hotline-calls", false) }
        case .money:
            // "allocated approximately 119 million leones ($15,970) to the Ministry of Social Welfare".
            if ["allocated", "spent", "funded"].contains(action ?? "") || TextSearch.contains(sentence, "budget") {
                return ("budgets", false)
            }
        default:
            break
        }
        let name = slug(counted)
        return (name.isEmpty ? unit.description : name, false)
    }

    /// Qualifiers in a fixed order: scope, form of trafficking, age of victims.
    static func qualifiers(in text: String) -> [String] {
        let runs =
            TextSearch.asciiRuns(of: text) { TextSearch.isLetter($0) || $0 == UInt8(ascii: "-") }
            ?? text.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        let words = Set(runs.map(String.init))
        var result: [String] = []
        // "domestic servitude" is a form of labor, not the scope of a case.
        if words.contains("domestic"), !TextSearch.contains(text, "domestic servitude") { result.append("domestic") }
        if words.contains("transnational") || words.contains("international") { result.append("transnational") }
        if !words.isDisjoint(with: ["foreign", "foreigners"]) { result.append("foreign") }
        if words.contains("sex") || TextSearch.contains(text, "sex-traffick") { result.append("sex-trafficking") }
        if TextSearch.contains(text, "labor traffick") || TextSearch.contains(text, "forced labor")
            || TextSearch.contains(text, "domestic servitude")
        {
            result.append("labor-trafficking")
        }
        if TextSearch.contains(text, "forced begging") { result.append("forced-begging") }
        if !words.isDisjoint(with: ["women", "woman", "female", "females"]) { result.append("female") }
        if !words.isDisjoint(with: ["men", "man", "male", "males"]) { result.append("male") }
        if !words.isDisjoint(with: ["child", "children", "minor", "minors", "girls", "boys"]) { result.append("child") }
        if !words.isDisjoint(with: ["adult", "adults"]) { result.append("adult") }
        return result
    }

    /// How sure a count of victims is: "two confirmed and 129 potential victims" are two measures, their sum a third.
    static func certainty(in counted: String) -> [String] {
        let runs = TextSearch.asciiRuns(of: counted, kept: TextSearch.isLetter) ?? counted.split(whereSeparator: { !$0.isLetter })
        let words = Set(runs.map(String.init))
        guard words.contains(where: { $0.hasPrefix("victim") }) else { return [] }
        return ["confirmed", "potential", "suspected", "presumed"].filter(words.contains)
    }

    private static let filler: Set<String> = ["a", "an", "the", "of", "and", "to", "in", "for", "with", "their", "its", "or"]

    /// "bilateral cooperation agreements" → "bilateral-cooperation-agreements" (at most five words).
    /// Words editions use for one another from year to year; a key is built from the first, so that
    /// "regime-affiliated workers" and "government-affiliated workers" are one series.
    static let synonyms: [String: String] = ["regime": "government", "administration": "government"]

    static func slug(_ text: String) -> String {
        let lower = text.lowercased().replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
        let runs =
            TextSearch.asciiRuns(of: lower) { TextSearch.isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
            ?? lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        let words =
            runs
            .map { word in word.split(separator: "-").map { synonyms[String($0)] ?? String($0) }.joined(separator: "-") }
            .filter { !filler.contains($0) }
        return words.prefix(5).joined(separator: "-")
    }
}
