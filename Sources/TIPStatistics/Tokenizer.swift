import TIPSupport

/// Splits a sentence into word, number and symbol tokens with their offsets in the edition's text.
struct Token: Equatable {
    enum Kind: Equatable { case word, number, symbol }
    var kind: Kind
    var text: String
    /// Lower-cased text with curly apostrophes made straight.
    var folded: String
    var start: Int
    var end: Int

    func isWord(_ options: String...) -> Bool { kind == .word && options.contains(folded) }
}

enum Tokenizer {
    /// Tokens of `scalars[range]`; offsets are the scalars' positions. `skippingReplacements`: U+FFFD (where the
    /// loader blanked a control character or sequence) is passed over like a space, as figures are read; a
    /// comparison of sentences keeps it, so that a sentence that gained one still differs.
    static func tokens(_ scalars: [Unicode.Scalar], range: Range<Int>, skippingReplacements: Bool = false) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.isLetter }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        while i < range.upperBound {
            let s = scalars[i]
            if s.isBlank || skippingReplacements && s == "\u{FFFD}" {
                i += 1
            } else if isDigit(s) {
                var j = i + 1
                // Digits with thousands separators and a decimal part: "1,818", "4.9", "363.1".
                while j < range.upperBound {
                    if isDigit(scalars[j]) {
                        j += 1
                    } else if (scalars[j] == "," || scalars[j] == "."), j + 1 < range.upperBound, isDigit(scalars[j + 1]) {
                        j += 1
                    } else {
                        break
                    }
                }
                tokens.append(make(.number, scalars, i..<j))
                i = j
            } else if isLetter(s) {
                var j = i + 1
                while j < range.upperBound {
                    let c = scalars[j]
                    if isLetter(c) || isDigit(c) {
                        j += 1
                    } else if (c == "-" || c == "'" || c == "’"), j + 1 < range.upperBound, isLetter(scalars[j + 1]) {
                        j += 1
                    } else {
                        break
                    }
                }
                tokens.append(make(.word, scalars, i..<j))
                i = j
            } else {
                tokens.append(make(.symbol, scalars, i..<(i + 1)))
                i += 1
            }
        }
        return tokens
    }

    private static func make(_ kind: Token.Kind, _ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Token {
        // ASCII (nearly every token): text and its lower case built byte by byte, no Unicode case tables.
        if scalars[r].allSatisfy(\.isASCII) {
            var bytes: [UInt8] = []
            var lower: [UInt8] = []
            bytes.reserveCapacity(r.count)
            lower.reserveCapacity(r.count)
            for scalar in scalars[r] {
                let byte = UInt8(scalar.value)
                bytes.append(byte)
                lower.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
            return Token(
                kind: kind, text: String(decoding: bytes, as: UTF8.self), folded: String(decoding: lower, as: UTF8.self),
                start: r.lowerBound, end: r.upperBound)
        }
        let text = String(String.UnicodeScalarView(scalars[r]))
        var folded = text.lowercased()
        if folded.unicodeScalars.contains("’") { folded = folded.replacingOccurrences(of: "’", with: "'") }
        return Token(kind: kind, text: text, folded: folded, start: r.lowerBound, end: r.upperBound)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
