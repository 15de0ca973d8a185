import TIPModel
import TIPSupport

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
        // "belarus-2018-protection", "cuba_2025": a year and a section's name beside the country's are not part of it.
        let words = stem.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            .split(separator: " ").map { $0.lowercased() }
        let named = words.filter { word in
            !(word.count == 4 && Int(word).map { (1990...2099).contains($0) } == true) && !sectionWords.contains(word)
        }
        let spaced = (named.isEmpty ? words : named).joined(separator: " ")
        guard !spaced.isEmpty, spaced.allSatisfy({ $0.isLetter || $0 == " " || $0 == "'" }) else { return nil }
        return displayName(spaced)
    }

    private static let sectionWords: Set<String> = ["prosecution", "protection", "prevention", "profile", "headline"]
}
