import TIPModel

/// The verdict sentence that opens a section: its direction, the qualifier written with it, and the area it names.
public enum VerdictReader {
    /// What a verdict sentence states: "The government modestly increased anti-trafficking law enforcement efforts."
    public struct Reading: Sendable, Hashable {
        /// `nil` when the sentence states none ("made limited efforts to protect trafficking victims").
        public var direction: Verdict?
        /// The qualifier as written: "modestly", "modest", "some", "mixed", "inadequate", "limited".
        public var qualifier: String?
        /// The section the sentence names by its area ("victim protection efforts" → protection).
        public var kind: SectionKind
    }

    /// The verdict the first sentence of `text` states, if it is a verdict sentence.
    public static func reading(of text: String) -> Reading? { reading(ofScalars: text.unicodeScalars) }

    /// The verdict the first sentence of `scalars` states: the same reading with white space as written,
    /// since only the words of the first clause count and a run of blanks separates words as one space does.
    public static func reading<S: Sequence<Unicode.Scalar>>(ofScalars scalars: S) -> Reading? {
        let words = clauseWords(of: scalars)
        // The area is named through "efforts" (or "improvements in its ... efforts"), near the sentence's start.
        guard let efforts = words.prefix(24).firstIndex(where: { $0 == "efforts" || $0 == "effort" }) else { return nil }
        guard let verb = words.prefix(efforts + 4).firstIndex(where: { verbs[$0] != nil || $0 == "made" }) else {
            return nil
        }
        // The subject: a few words naming who acted ("The government", "Authorities", "The U.S. government"),
        // or the efforts themselves ("The government's law enforcement efforts increased ...").
        guard verb >= 1, verb <= 8, words[0] == "the" || verb <= 2 else { return nil }
        let subject = words[..<verb]
        guard subject.contains(where: { subjects.contains($0) || $0.hasSuffix("'s") }) else { return nil }
        guard let kind = area(in: Array(words[(efforts < verb ? 0 : verb)...].prefix(16))) else { return nil }

        var direction = verbs[words[verb]] ?? nil
        var qualifier: String?
        if verb >= 1, words[verb - 1].hasSuffix("ly"), !subjects.contains(words[verb - 1]) { qualifier = words[verb - 1] }
        let next = verb + 1 < words.count ? words[verb + 1] : nil
        if let next, qualifier == nil, !unqualifying.contains(next), !next.hasSuffix("'s") { qualifier = next }
        if words[verb] == "made" {
            // "made modest improvements in its law enforcement efforts": the noun gives the direction.
            let noun = words[(verb + 1)...].prefix(3).first { madeNouns[$0] != nil }
            direction = noun.flatMap { madeNouns[$0] } ?? nil
            if qualifier == nil, direction == nil { return nil }
        }
        return Reading(direction: direction, qualifier: qualifier, kind: kind)
    }

    /// Verbs that state a verdict, with the direction each gives.
    private static let verbs: [String: Verdict?] = [
        "maintained": .maintained, "increased": .increased, "improved": .increased, "strengthened": .increased,
        "expanded": .increased, "decreased": .decreased, "reduced": .decreased, "weakened": .decreased,
        "demonstrated": nil,
    ]
    /// "made <qualifier> <noun>": the noun's direction.
    private static let madeNouns: [String: Verdict?] = [
        "improvements": .increased, "progress": .increased, "increases": .increased, "efforts": nil, "effort": nil,
        "decreases": .decreased,
    ]
    private static let subjects: Set<String> = [
        "government", "regime", "authorities", "administration", "officials", "state", "territory", "country",
    ]
    /// Words after the verb that are not a qualifier: determiners and the words that name the area.
    private static let unqualifying: Set<String> = [
        "its", "their", "the", "his", "her", "efforts", "effort", "anti-trafficking", "law", "enforcement", "prosecution",
        "prosecutorial", "protection", "prevention", "victim", "victims", "to", "in", "during", "overall", "on", "of",
        "and", "identification", "counter-trafficking", "trafficking",
    ]

    /// The section a verdict names by its area, from the words around "efforts".
    private static func area(in words: [String]) -> SectionKind? {
        for (i, word) in words.enumerated() {
            switch word {
            case "enforcement" where i > 0 && words[i - 1] == "law": return .prosecution
            case "prosecution", "prosecutorial", "prosecute", "prosecuting": return .prosecution
            case "protection", "protect", "protecting", "assist", "assisting": return .protection
            case "prevention", "prevent", "preventing": return .prevention
            default: continue
            }
        }
        return nil
    }

    /// The lower-cased words of the text's first clause: up to its first sentence end, comma, semicolon or colon.
    /// A heading printed on the sentence's line ("PROSECUTION The government ...") is dropped.
    private static func clauseWords<S: Sequence<Unicode.Scalar>>(of scalars: S) -> [String] {
        var words: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        for scalar in scalars {
            // ASCII's alphabetic scalars are its letters: the property table is read only for the rest.
            let isAlphabetic = scalar.value < 0x80 ? scalar.isLetter : scalar.properties.isAlphabetic
            if isAlphabetic || scalar == "-" && !word.isEmpty {
                word.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                if !word.isEmpty { word.unicodeScalars.append("'") }
            } else if scalar == "." && word.count == 1 {
                // "U.S.": an initial, not the sentence's end.
                flush()
            } else if scalar == "," || scalar == ";" || scalar == ":" || scalar == "." {
                break
            } else {
                flush()
            }
        }
        flush()
        let lowered = words.map { $0.lowercased() }
        // "PROSECUTION The government ...": a section heading in capitals before the sentence.
        if let first = words.first, first.count > 3, first == first.uppercased(), lowered.count > 1,
            ["prosecution", "protection", "prevention"].contains(lowered[0])
        {
            return Array(lowered.dropFirst())
        }
        return lowered
    }
}
