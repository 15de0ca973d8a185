import TIPSupport

/// Finds matched pairs of double quotation marks and brackets, and strips quotes that only wrap a block.
enum QuoteScanner {
    private enum Mark { case open, close }

    /// Spans (from an opening mark through its closing mark) inside which a sentence does not end.
    static func protectedSpans(in s: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var quotes: [Int] = []
        var brackets: [Int] = []
        for i in range {
            switch mark(s, at: i, lower: range.lowerBound) {
            case .open?: quotes.append(i)
            case .close?: if let open = quotes.popLast(), i - open <= 600 { spans.append(open..<(i + 1)) }
            case nil:
                if s[i] == "(" {
                    brackets.append(i)
                } else if s[i] == ")", let open = brackets.popLast(), i - open <= 300 {
                    spans.append(open..<(i + 1))
                }
            }
        }
        return spans
    }

    /// At most this many wrapping layers are removed: real blocks have one or two, and each layer costs a pass.
    static let maximumLayers = 8

    /// `range` without surrounding white space and the quotation marks that wrap the whole block
    /// (or open or close it unmatched), as in a quoted paragraph or heading.
    static func unwrapped(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var r = trimmed(s, range)
        var layers = 0
        while !r.isEmpty && layers < maximumLayers {
            // Only a block that starts or ends with a quotation mark has a layer to remove: no scan for the rest.
            guard isQuotationMark(s[r.lowerBound]) || isQuotationMark(s[r.upperBound - 1]) else { break }
            layers += 1
            var stack: [Int] = []
            var unmatchedClose: [Int] = []
            var pairs: [Int: Int] = [:]
            for i in r {
                switch mark(s, at: i, lower: r.lowerBound) {
                case .open?: stack.append(i)
                case .close?:
                    if let open = stack.popLast() { pairs[open] = i } else { unmatchedClose.append(i) }
                case nil: break
                }
            }
            let first = r.lowerBound
            let last = r.upperBound - 1
            if stack.contains(first) || pairs[first] == last && last > first {
                let closesAtEnd = pairs[first] == last
                r = trimmed(s, (first + 1)..<(closesAtEnd ? last : r.upperBound))
            } else if unmatchedClose.contains(last) || stack.contains(last) {
                r = trimmed(s, first..<last)
            } else {
                break
            }
        }
        return r
    }

    /// `range` of `s` without the blanks it starts and ends with.
    static func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && s[lower].isBlank { lower += 1 }
        while upper > lower && s[upper - 1].isBlank { upper -= 1 }
        return lower..<upper
    }

    /// Whether `scalar` is one that `mark` can read as opening or closing a quotation.
    static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "“" || scalar == "„" || scalar == "«" || scalar == "”" || scalar == "»" || scalar == "\""
    }

    /// Whether the scalar at `i` opens or closes a double quotation (straight quotes judged by their neighbours).
    private static func mark(_ s: [Unicode.Scalar], at i: Int, lower: Int) -> Mark? {
        switch s[i] {
        case "“", "„", "«": return .open
        case "”", "»": return .close
        case "\"":
            if i == lower { return .open }
            let before = Character(s[i - 1])
            return before.isWhitespace || before == "(" || before == "[" || before == "—" ? .open : .close
        default: return nil
        }
    }
}
