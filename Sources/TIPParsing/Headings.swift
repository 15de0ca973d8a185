/// Recognises section headings and country headings in every style the editions use.
import TIPModel

/// Section headings: PROSECUTION, "Prioritized Recommendations for Cuba:", TRAFFICKING PROFILE, ...
enum SectionHeadings {
    /// The section kind, the heading as written (no trailing colon) and, when text follows a colon on
    /// the same line, the offset of that text in `line`.
    static func match(_ line: String) -> (SectionKind, String, Int?)? {
        let scalars = Array(line.unicodeScalars)
        if let kind = kind(of: line) {
            return (kind, strippedColon(line), nil)
        }
        // "PRIORITIZED RECOMMENDATIONS: Cease ...", "Recommendations for Cuba: • Stop ..."
        guard let colon = scalars.firstIndex(of: ":") else { return nil }
        let head = String(String.UnicodeScalarView(scalars[..<colon]))
        guard let kind = kind(of: head), kind == .recommendations || head == head.uppercased() else { return nil }
        return (kind, head.trimmingSpaces, colon + 1)
    }

    private static func kind(of text: String) -> SectionKind? {
        let folded = strippedColon(text).uppercased().split(separator: " ").joined(separator: " ")
        switch folded {
        case "PROSECUTION", "LAW ENFORCEMENT": return .prosecution
        case "PROTECTION": return .protection
        case "PREVENTION": return .prevention
        case "TRAFFICKING PROFILE", "TRAFFICKING PROFILES": return .profile
        case "PRIORITIZED RECOMMENDATIONS", "RECOMMENDATIONS": return .recommendations
        default:
            for prefix in ["PRIORITIZED RECOMMENDATIONS FOR ", "RECOMMENDATIONS FOR "] where folded.hasPrefix(prefix) {
                let rest = folded.dropFirst(prefix.count)
                if rest.count <= 50 && !rest.contains(".") { return .recommendations }
            }
            return nil
        }
    }

    private static func strippedColon(_ text: String) -> String {
        var result = text.trimmingSpaces
        while result.hasSuffix(":") { result.removeLast() }
        return result.trimmingSpaces
    }
}

/// A heading that names the country, with the tier when the heading states it ("CUBA: Tier 3", "Cuba (Tier 3)").
struct CountryHeading: Equatable {
    var name: String
    var tier: Tier?
    var text: String

    init?(_ line: String, fileCountry: String?, markedAsHeading: Bool) {
        let text = line.replacing(/\[\d{1,3}\]/, with: "").trimmingSpaces
        guard !text.isEmpty, text.count <= 90 else { return nil }
        if let m = text.wholeMatch(
            of:
                /(?i)(?<name>[^:()\d]+?)\s*(?::|–|—|\s-)\s*(?<tier>tier\s*[123](?:\s*-?\s*(?:watch\s*-?\s*list|watchlist|wl))?|special\s+case)/
        ),
            let tier = Tier(spelling: String(m.output.tier))
        {
            self.init(name: String(m.output.name), tier: tier, text: text)
        } else if let m = text.wholeMatch(
            of: /(?i)(?<name>[^:()\d]+?)\s*\(\s*(?<tier>tier\s*[123](?:\s*-?\s*(?:watch\s*-?\s*list|watchlist|wl))?|special\s+case)\s*\)/),
            let tier = Tier(spelling: String(m.output.tier))
        {
            self.init(name: String(m.output.name), tier: tier, text: text)
        } else if let m = text.wholeMatch(of: /(?i)\d{4}\s+trafficking\s+in\s+persons\s+report\s*:\s*(?<name>[^:\d]+)/) {
            self.init(name: String(m.output.name), tier: nil, text: text)
        } else if Self.isBareName(text, fileCountry: fileCountry, markedAsHeading: markedAsHeading) {
            self.init(name: text, tier: nil, text: text)
        } else {
            return nil
        }
    }

    private init(name: String, tier: Tier?, text: String) {
        self.name = CountryNames.displayName(name)
        self.tier = tier
        self.text = text
    }

    /// "CUBA" alone, or the file's country name alone, or a short name the page marked as a heading.
    private static func isBareName(_ text: String, fileCountry: String?, markedAsHeading: Bool) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 5, text.allSatisfy({ $0.isLetter || " ,'’-.()".contains($0) }), !text.hasSuffix(".") else {
            return false
        }
        if let fileCountry, text.lowercased() == fileCountry.lowercased() { return true }
        let isCapitals = text == text.uppercased() && text.contains(where: \.isLetter)
        return isCapitals && text.count >= 3 || markedAsHeading && words.count <= 4
    }
}

/// Display forms of country names.
enum CountryNames {
    private static let lowerWords: Set<String> = ["and", "of", "the", "da", "de", "del", "dos", "e", "y"]

    /// "CUBA" → "Cuba", "BOSNIA AND HERZEGOVINA" → "Bosnia and Herzegovina", "south-sudan" → "South Sudan".
    static func displayName(_ raw: String) -> String {
        let cleaned = raw.trimmingSpaces.trimmingCharacters(in: ",:;-–— ")
        let isCapitals = cleaned == cleaned.uppercased()
        let isLower = cleaned == cleaned.lowercased()
        guard isCapitals || isLower else { return cleaned }
        let words = cleaned.split(separator: " ").enumerated().map { index, word -> String in
            let lower = word.lowercased()
            if index > 0 && lowerWords.contains(lower) { return lower }
            return lower.split(separator: "-", omittingEmptySubsequences: false)
                .map { part in part.prefix(1).uppercased() + part.dropFirst() }.joined(separator: "-")
        }
        return words.joined(separator: " ")
    }

    /// The country a file name names ("south-sudan.html" → "South Sudan"), when it is a clean name.
    static func fromFileName(_ stem: String) -> String? {
        let spaced = stem.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        guard !spaced.isEmpty, spaced.allSatisfy({ $0.isLetter || $0 == " " || $0 == "'" }) else { return nil }
        return displayName(spaced.lowercased())
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
