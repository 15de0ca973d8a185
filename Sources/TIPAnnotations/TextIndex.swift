import TIPModel
import TIPSupport

/// Finds quotes in an edition: exact occurrences (quotes, dashes and white space folded) and fuzzy matches
/// scored by word edit distance against the best window of each sentence.
struct TextIndex: Sendable {
    struct Hit: Equatable, Sendable {
        var section: SectionKind
        var sentence: Int
        var range: TextRange
        var score: Double
    }

    private struct Located: Sendable {
        var section: SectionKind
        var index: Int
        var sentence: Sentence
    }

    let edition: Edition
    private let folded: [Unicode.Scalar]
    /// Offset in the edition's text of each folded scalar.
    private let origin: [Int]
    private let sentences: [Located]
    /// Each sentence's words, folded, made once for every fuzzy search.
    private let sentenceWords: [[String]]

    init(_ edition: Edition) {
        self.edition = edition
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []
        var lastWasSpace = false
        for (offset, scalar) in edition.text.unicodeScalars.enumerated() {
            if scalar.isBlank {
                if !lastWasSpace { folded.append(" "); origin.append(offset) }
                lastWasSpace = true
            } else {
                folded.append(Self.fold(scalar))
                origin.append(offset)
                lastWasSpace = false
            }
        }
        self.folded = folded
        self.origin = origin
        sentences = edition.sections.flatMap { section in
            section.sentences.enumerated().map { Located(section: section.kind, index: $0.offset, sentence: $0.element) }
        }
        sentenceWords = sentences.map { Self.words($0.sentence.text) }
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "“", "”", "„": "\""
        case "‘", "’": "'"
        case "–", "—": "-"
        default: scalar
        }
    }

    static func foldedText(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar.isBlank {
                if out.last != " " { out.append(" ") }
            } else {
                out.append(fold(scalar))
            }
        }
        while out.first == " " { out.removeFirst() }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Every exact occurrence of the quote inside sentences (of a section, if the selector names one),
    /// the one whose prefix and suffix agree best first; among equals, the one nearest `near`.
    func bestExact(_ selector: QuoteSelector, near: Hit?) -> Hit? {
        let hits = exactHits(selector)
        return hits.min { a, b in
            if a.context != b.context { return a.context > b.context }
            let da = distance(a.hit, near)
            let db = distance(b.hit, near)
            if da != db { return da < db }
            return a.hit.range.start < b.hit.range.start
        }?.hit
    }

    /// Every exact occurrence of the quote (in the selector's section, if it names one), with how many
    /// characters of its prefix and suffix agree.
    func exactHits(_ selector: QuoteSelector) -> [(hit: Hit, context: Int)] {
        let needle = Self.foldedText(selector.quote)
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var hits: [(hit: Hit, context: Int)] = []
        for i in Self.occurrences(of: needle, in: folded) {
            let start = origin[i]
            let end = origin[i + needle.count - 1] + 1
            guard let place = sentence(containing: start), selector.section == nil || place.section == selector.section else { continue }
            let context = agreement(prefix: selector.prefix, before: i) + agreement(suffix: selector.suffix, after: i + needle.count)
            hits.append((Hit(section: place.section, sentence: place.index, range: TextRange(start, end), score: 1), context))
        }
        return hits
    }

    /// How many occurrences share the best agreement with the selector's prefix and suffix: more than one
    /// means the selector does not say which it means.
    func equallyGoodPlaces(_ selector: QuoteSelector) -> Int {
        let hits = exactHits(selector)
        guard let best = hits.map(\.context).max() else { return 0 }
        return hits.filter { $0.context == best }.count
    }

    private func distance(_ hit: Hit, _ near: Hit?) -> Int {
        guard let near else { return 0 }
        return hit.section == near.section ? abs(hit.sentence - near.sentence) : 10_000
    }

    /// The sentence holding `offset`, by binary search (sentences are in text order).
    private func sentence(containing offset: Int) -> Located? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].sentence.range.end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].sentence.range.start <= offset else { return nil }
        return sentences[low]
    }

    /// Where `needle` starts in `text`: Knuth-Morris-Pratt, linear in both.
    static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0 && needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        var found: [Int] = []
        k = 0
        for (i, scalar) in text.enumerated() {
            while k > 0 && scalar != needle[k] { k = failure[k - 1] }
            if scalar == needle[k] { k += 1 }
            if k == needle.count {
                found.append(i - needle.count + 1)
                k = failure[k - 1]
            }
        }
        return found
    }

    /// How many characters of the prefix agree with the text just before `index` (from the end).
    private func agreement(prefix: String?, before index: Int) -> Int {
        guard let prefix else { return 0 }
        let wanted = Self.foldedText(prefix)
        var count = 0
        var j = index - 1
        for scalar in wanted.reversed() {
            while j >= 0 && folded[j] == " " && scalar != " " { j -= 1 }
            guard j >= 0, folded[j] == scalar else { break }
            count += 1
            j -= 1
        }
        return count
    }

    private func agreement(suffix: String?, after index: Int) -> Int {
        guard let suffix else { return 0 }
        let wanted = Self.foldedText(suffix)
        var count = 0
        var j = index
        for scalar in wanted {
            while j < folded.count && folded[j] == " " && scalar != " " { j += 1 }
            guard j < folded.count, folded[j] == scalar else { break }
            count += 1
            j += 1
        }
        return count
    }

    /// Sentences ranked by how well some window of their words matches the quote's words.
    func fuzzy(_ quote: String, in section: SectionKind?) -> [Hit] {
        let wanted = Self.words(quote)
        guard !wanted.isEmpty else { return [] }
        var hits: [Hit] = []
        for (located, words) in zip(sentences, sentenceWords) where section == nil || located.section == section {
            guard !words.isEmpty else { continue }
            let score = Self.bestWindowScore(wanted, in: words)
            if score > 0.3 {
                hits.append(Hit(section: located.section, sentence: located.index, range: located.sentence.range, score: score))
            }
        }
        return hits.sorted { ($0.score, -$0.range.start) > ($1.score, -$1.range.start) }
    }

    static func words(_ text: String) -> [String] {
        String(String.UnicodeScalarView(foldedText(text))).lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Past this much work (quote words × sentence words) the windows give way to one pass of approximate
    /// matching, so a long quote against a long sentence stays linear in the sentence.
    static let windowWork = 40_000

    /// 1 - (word edit distance / quote length) for the best window of about the quote's length.
    static func bestWindowScore(_ quote: [String], in words: [String]) -> Double {
        let n = quote.count
        if n * words.count > windowWork { return bestSubstringScore(quote, in: words) }
        var best = 0.0
        for length in Swift.max(1, n - 2)...(n + 2) where length <= words.count {
            for start in 0...(words.count - length) {
                let distance = editDistance(quote, Array(words[start..<(start + length)]))
                best = Swift.max(best, 1 - Double(distance) / Double(Swift.max(n, length)))
            }
        }
        if words.count < Swift.max(1, n - 2) {
            best = Swift.max(best, 1 - Double(editDistance(quote, words)) / Double(Swift.max(n, words.count)))
        }
        return best
    }

    /// 1 - (the smallest word edit distance between the quote and any stretch of `words`) / quote length:
    /// Sellers' approximate matching, O(quote × words) time and O(words) memory.
    static func bestSubstringScore(_ quote: [String], in words: [String]) -> Double {
        guard !quote.isEmpty, !words.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: words.count + 1)
        var current = previous
        for i in 1...quote.count {
            current[0] = i
            for j in 1...words.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (quote[i - 1] == words[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return Swift.max(0, 1 - Double(previous.min() ?? quote.count) / Double(quote.count))
    }

    static func editDistance(_ a: [String], _ b: [String]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
