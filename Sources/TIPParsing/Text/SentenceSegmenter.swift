import TIPSupport

/// Splits a paragraph into sentences without breaking inside abbreviations, decimals, initials, quotations or ellipses.
public struct SentenceSegmenter: Sendable {
    /// Words that end in a period without ending a sentence (compared in lower case, inner periods kept).
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos", "art", "arts", "para", "paras", "sec", "vs",
        "e.g", "i.e", "approx", "inc", "ltd", "co", "corp", "gen", "gov", "govt", "dept", "dep't", "sept", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "oct", "nov", "dec", "fig", "cf", "al", "rep", "sen", "hon",
        "prof", "u.s", "u.n", "u.k", "e.u", "ch", "pp", "p", "vol", "min", "est",
    ]

    public init() {}

    /// The sentences of `scalars[range]`, as trimmed ranges of offsets into `scalars`.
    public func sentences(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        // Which offsets lie inside a quotation or parenthesis (not in its last two places, where a mark may
        // end it), marked once for the whole range.
        var depth = [Int32](repeating: 0, count: range.count + 1)
        for span in QuoteScanner.protectedSpans(in: scalars, range: range) where span.upperBound - 2 > span.lowerBound + 1 {
            depth[span.lowerBound + 1 - range.lowerBound] += 1
            depth[span.upperBound - 2 - range.lowerBound] -= 1
        }
        var running: Int32 = 0
        let inside = depth.map { change -> Bool in
            running += change
            return running > 0
        }
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let scalar = scalars[i]
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                i += 1
                continue
            }
            // An ellipsis ("..." or ". . .") never ends a sentence here.
            if scalar == "." && isEllipsis(scalars, at: i, range: range) {
                i = endOfEllipsis(scalars, at: i, range: range)
                continue
            }
            // Inside a quotation or parenthesis, unless this mark ends it ("... “forced labor.” The ...").
            if inside[i - range.lowerBound] {
                i += 1
                continue
            }
            var end = i + 1
            // Closing quotes, brackets and footnote markers belong to the sentence they close.
            while end < range.upperBound {
                let next = scalars[end]
                if next == "”" || next == "\"" || next == "’" || next == ")" || next == "'" {
                    end += 1
                } else if next == "[", let close = footnoteMarkerEnd(scalars, at: end, range: range) {
                    end = close
                } else {
                    break
                }
            }
            guard end == range.upperBound || scalars[end].isBlank else {
                i += 1
                continue
            }
            var next = end
            while next < range.upperBound && scalars[next].isBlank { next += 1 }
            if next < range.upperBound {
                if !startsSentence(scalars[next]) || (scalar == "." && isAbbreviation(scalars, before: i, from: start)) {
                    i = end
                    continue
                }
            }
            result.append(QuoteScanner.trimmed(scalars, start..<end))
            start = next
            i = next
        }
        if start < range.upperBound {
            let last = QuoteScanner.trimmed(scalars, start..<range.upperBound)
            if !last.isEmpty { result.append(last) }
        }
        return result
    }

    private func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII's upper-case letters and numbers are A-Z and 0-9: no character needs making.
        if scalar.value < 0x80 { return scalar.isUppercaseLetter || scalar.isDigit || scalar == "\"" || scalar == "(" || scalar == "[" }
        let character = Character(scalar)
        return character.isUppercase || character.isNumber || "“\"‘([".unicodeScalars.contains(scalar)
    }

    private func isEllipsis(_ s: [Unicode.Scalar], at i: Int, range: Range<Int>) -> Bool {
        if i + 1 < range.upperBound && s[i + 1] == "." { return true }
        if i > range.lowerBound && s[i - 1] == "." { return true }
        if i + 2 < range.upperBound && s[i + 1] == " " && s[i + 2] == "." { return true }
        if i - 2 >= range.lowerBound && s[i - 1] == " " && s[i - 2] == "." { return true }
        return false
    }

    private func endOfEllipsis(_ s: [Unicode.Scalar], at i: Int, range: Range<Int>) -> Int {
        var j = i
        while j < range.upperBound && (s[j] == "." || (s[j] == " " && j + 1 < range.upperBound && s[j + 1] == ".")) {
            j += 1
        }
        return j
    }

    /// The end of a footnote marker such as "[3]" starting at `i`, if there is one.
    private func footnoteMarkerEnd(_ s: [Unicode.Scalar], at i: Int, range: Range<Int>) -> Int? {
        var j = i + 1
        while j < range.upperBound && j - i <= 4 && s[j].isDigit { j += 1 }
        guard j > i + 1, j < range.upperBound, s[j] == "]" else { return nil }
        return j + 1
    }

    /// A word of ASCII and "’" lower-cased with a straight apostrophe, as `lowercased()` and the
    /// replacement of "’" would give it.
    private static func loweredASCII(_ word: ArraySlice<Unicode.Scalar>) -> String {
        String(
            decoding: word.map { $0 == "’" ? UInt8(ascii: "'") : UInt8(truncatingIfNeeded: $0.value) | ($0.isUppercaseLetter ? 0x20 : 0) },
            as: UTF8.self)
    }

    /// Whether the word ending just before the period at `i` is an abbreviation or an initial.
    private func isAbbreviation(_ s: [Unicode.Scalar], before i: Int, from lower: Int) -> Bool {
        var j = i
        // Abbreviations are short: the walk back stops after 64 scalars, so a long dotted run stays linear.
        let floor = Swift.max(lower, i - 64)
        // A word of ASCII letters, dots and apostrophes (most are) is lowered on its bytes.
        var isASCII = true
        while j > floor {
            let scalar = s[j - 1]
            let isPart: Bool
            if scalar.value < 0x80 {
                isPart = scalar.isLetter || scalar == "." || scalar == "'"
            } else {
                let c = Character(scalar)
                isPart = c.isLetter || c == "’"
                if isPart && scalar != "’" { isASCII = false }
            }
            if isPart { j -= 1 } else { break }
        }
        guard j < i else { return false }
        let word =
            isASCII
            ? Self.loweredASCII(s[j..<i])
            : String(String.UnicodeScalarView(s[j..<i])).lowercased().replacingOccurrences(of: "’", with: "'")
        if Self.abbreviations.contains(word) { return true }
        // Initials ("J. Smith") and dotted forms ("U.S", "e.g") are not sentence ends.
        if word.count == 1, s[j].isUppercaseLetter { return true }
        return word.contains(".")
    }
}
