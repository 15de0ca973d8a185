import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel

/// The anchor a selection in the page stands for, computed from the edition itself: the page says which
/// item (a sentence or a recommendation of a section) and where in its text the selection runs; the quote
/// is cut from the edition's own text there, and words before or after it are added until it names one
/// place in the edition.
public enum QuotePicker {
    /// Why a selection cannot be a quote.
    public struct Refusal: Error, Equatable, Sendable {
        public var reason: String
    }

    /// The selector for `start..<end` (UTF-16 offsets, as a browser counts) in item `index` of section `kind`
    /// (`recommendation` items index the recommendations), checked against `selected`, the text the page saw.
    public static func selector(
        in target: ComparedEdition, section kind: SectionKind, item: String, index: Int, start: Int, end: Int, selected: String
    ) throws(Refusal) -> QuoteSelector {
        let edition = target.edition
        let range: TextRange
        if item == "recommendation" {
            guard index >= 0, index < edition.recommendations.count else {
                throw Refusal(reason: "no recommendation \(index) in the edition")
            }
            range = edition.recommendations[index].range
        } else {
            let sentences = edition.section(kind)?.sentences ?? []
            guard index >= 0, index < sentences.count else { throw Refusal(reason: "no sentence \(index) in its \(kind.rawValue) section") }
            range = sentences[index].range
        }
        let scalars = Array(edition.text.unicodeScalars)
        guard range.start >= 0, range.end <= scalars.count else { throw Refusal(reason: "the item is outside the edition's text") }
        let itemText = String(String.UnicodeScalarView(scalars[range.start..<range.end]))
        // The page's offsets, when its text is the edition's; else where the selected words are in the item.
        var lower: Int?
        var upper: Int?
        let utf16 = Array(itemText.utf16)
        if start >= 0, end > start, end <= utf16.count, let piece = String(utf16: utf16[start..<end]),
            normalized(piece) == normalized(selected), let before = String(utf16: utf16[..<start])
        {
            lower = before.unicodeScalars.count
            upper = lower! + piece.unicodeScalars.count
        } else if let found = itemText.range(of: selected.trimmingCharacters(in: .whitespacesAndNewlines)) {
            lower = itemText.unicodeScalars.distance(from: itemText.unicodeScalars.startIndex, to: found.lowerBound)
            upper = lower! + String(itemText[found]).unicodeScalars.count
        }
        guard var from = lower, var to = upper else { throw Refusal(reason: "the selection is not in the edition's text") }
        // No spaces at either end.
        let item = Array(itemText.unicodeScalars)
        while from < to, item[from].properties.isWhitespace { from += 1 }
        while to > from, item[to - 1].properties.isWhitespace { to -= 1 }
        guard to - from >= 3 else { throw Refusal(reason: "select at least three characters") }
        let quote = String(String.UnicodeScalarView(item[from..<to]))
        let absolute = (range.start + from, range.start + to)

        // The shortest context that names one place: words before, then words after, one at a time.
        let resolver = AnnotationResolver(target: target)
        var selector = QuoteSelector(quote: quote, section: kind)
        var words = 0
        while resolver.places(matching: selector) > 1 && words < 16 {
            words += 1
            selector.prefix = context(in: scalars, before: absolute.0, words: words)
            if resolver.places(matching: selector) <= 1 { break }
            selector.suffix = context(in: scalars, after: absolute.1, words: words)
        }
        guard resolver.places(matching: selector) == 1 else { throw Refusal(reason: "the quote cannot be told apart from its repeats") }
        return selector
    }

    /// `words` words of the text just before `offset`, with the space that joins them to the quote.
    static func context(in scalars: [Unicode.Scalar], before offset: Int, words: Int) -> String? {
        var index = offset
        var seen = 0
        while index > 0 && seen < words {
            index -= 1
            while index > 0 && scalars[index].properties.isWhitespace { index -= 1 }
            while index > 0 && !scalars[index - 1].properties.isWhitespace { index -= 1 }
            seen += 1
        }
        guard index < offset else { return nil }
        return String(String.UnicodeScalarView(scalars[index..<offset]))
    }

    /// `words` words of the text just after `offset`.
    static func context(in scalars: [Unicode.Scalar], after offset: Int, words: Int) -> String? {
        var index = offset
        var seen = 0
        while index < scalars.count && seen < words {
            while index < scalars.count && scalars[index].properties.isWhitespace { index += 1 }
            while index < scalars.count && !scalars[index].properties.isWhitespace { index += 1 }
            seen += 1
        }
        guard index > offset else { return nil }
        return String(String.UnicodeScalarView(scalars[offset..<index]))
    }

    private static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    /// The text of UTF-16 code units, or `nil` when they cut a character in two.
    init?(utf16 units: ArraySlice<UInt16>) {
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: self.init(scalars); return
            case .error: return nil
            }
        }
    }
}
