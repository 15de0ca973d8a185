import TIPModel

/// The words of substance of a text: lowercased words of four letters or more, without the words every
/// narrative uses whatever its subject ("trafficking", "government", "efforts"), first occurrence first.
public enum SubjectWords {
    /// Words too common in the report to say what a sentence is about.
    static let common: Set<String> = [
        "about", "after", "against", "also", "among", "been", "before", "being", "both", "could", "during", "each", "efforts",
        "from", "government", "have", "including", "into", "more", "most", "other", "over", "regime", "such", "than", "that",
        "their", "them", "there", "these", "they", "this", "those", "through", "trafficking", "traffickers", "under", "victims",
        "were", "when", "which", "while", "with", "within", "would", "ensure", "increase", "continue", "take", "make", "made",
        "persons", "human", "country", "countries", "authorities", "officials",
    ]

    public static func of(_ text: String) -> [String] {
        var words: [String] = []
        var seen = Set<String>()
        var current = ""
        func flush() {
            if current.count >= 4, !common.contains(current), seen.insert(current).inserted { words.append(current) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter { current.append(character) } else { flush() }
        }
        flush()
        return words
    }
}
