/// Display forms of country names.
import TIPModel

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
