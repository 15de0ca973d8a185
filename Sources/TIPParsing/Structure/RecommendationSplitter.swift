import TIPModel
import TIPSupport

/// Splits recommendations written as list items, inline " • " lists or one sentence of ";"-separated clauses.
enum RecommendationSplitter {
    /// The items in `range`: one for a list item, else split at bullets or at top-level semicolons.
    static func items(in range: Range<Int>, of scalars: [Unicode.Scalar], isListItem: Bool) -> [Recommendation] {
        let pieces: [Range<Int>]
        if isListItem {
            pieces = [range]
        } else if scalars[range].contains("•") {
            pieces = split(range, of: scalars, at: "•")
        } else {
            pieces = split(range, of: scalars, at: ";")
        }
        return pieces.compactMap { piece in
            let item = cleaned(piece, of: scalars)
            guard !item.isEmpty else { return nil }
            // An item cut from a sentence reads as a list entry: its first letter in capitals.
            let text = Text.folded(scalars[item])
            return Recommendation(text: text.prefix(1).uppercased() + text.dropFirst(), range: TextRange(item.lowerBound, item.upperBound))
        }
    }

    /// A paragraph that is itself a list of recommendations: an inline " • " list, or three or more
    /// ";"-separated clauses ending in "; and ...".
    static func looksLikeInlineList(_ paragraph: String) -> Bool {
        if paragraph.components(separatedBy: " • ").count >= 3 { return true }
        let clauses = paragraph.split(separator: ";")
        guard clauses.count >= 3, let last = clauses.last else { return false }
        return last.trimmingSpaces.lowercased().hasPrefix("and ") && clauses.allSatisfy { $0.count <= 400 }
    }

    /// Pieces of `range` between separators that stand outside parentheses.
    private static func split(_ range: Range<Int>, of scalars: [Unicode.Scalar], at separator: Unicode.Scalar) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for i in range {
            switch scalars[i] {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case separator where depth == 0:
                pieces.append(start..<i)
                start = i + 1
            default: break
            }
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// A piece without white space, wrapping quotes, a leading "and" or a trailing ";" or ",".
    private static func cleaned(_ range: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int> {
        var r = QuoteScanner.unwrapped(scalars, range)
        while let last = r.last, scalars[last] == ";" || scalars[last] == "," {
            r = QuoteScanner.trimmed(scalars, r.lowerBound..<last)
        }
        let lower = String(String.UnicodeScalarView(scalars[r.prefix(4)])).lowercased()
        if lower == "and " { r = QuoteScanner.trimmed(scalars, (r.lowerBound + 4)..<r.upperBound) }
        return r
    }
}
