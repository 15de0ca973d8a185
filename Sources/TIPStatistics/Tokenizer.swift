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
    /// What the readers ask of the folded word, when the tokens were read through a `Lexicon`; without one,
    /// each question looks the text up.
    var lexeme: Lexeme? = nil

    func isWord(_ options: String...) -> Bool { kind == .word && options.contains(folded) }

    // The same question for one to four words, asked without making an array of them each time (most rules
    // ask it of every token of a sentence).
    func isWord(_ a: String) -> Bool { kind == .word && folded == a }
    func isWord(_ a: String, _ b: String) -> Bool { kind == .word && (folded == a || folded == b) }
    func isWord(_ a: String, _ b: String, _ c: String) -> Bool { kind == .word && (folded == a || folded == b || folded == c) }
    func isWord(_ a: String, _ b: String, _ c: String, _ d: String) -> Bool {
        kind == .word && (folded == a || folded == b || folded == c || folded == d)
    }

    /// Whether the folded text is in the word list `candidate` names.
    func `is`(_ candidate: Lexeme.Classes) -> Bool {
        if let lexeme { return lexeme.classes.contains(candidate) }
        return Lexeme.has(candidate, folded)
    }

    /// `NumberReader.wordValue(_:)` of the folded text.
    var wordValue: Double? {
        if let lexeme { return lexeme.wordValue }
        return NumberReader.wordValue(folded)
    }

    /// `NumberReader.scales` of the folded text.
    var scale: Double? {
        if let lexeme { return lexeme.scale }
        return NumberReader.scales[folded]
    }

    /// Tokens are equal by what they say and where; a lexeme is what their text implies.
    static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.text == b.text && a.folded == b.folded && a.start == b.start && a.end == b.end
    }
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

    /// The same tokens read through a token table: each distinct text is made a string once for all the
    /// sentences `interner` serves, and every token shares it.
    static func tokens(
        _ scalars: [Unicode.Scalar], range: Range<Int>, skippingReplacements: Bool = false, interner: inout TokenInterner
    ) -> [Token] {
        let table = TokenTable(scalars, range: range, interner: &interner, blankingReplacements: skippingReplacements)
        return tokens(of: table, interner: interner)
    }

    /// The same tokens, each with the lexeme `lexicon` keeps for its folded word (made once per distinct word).
    static func tokens(
        _ scalars: [Unicode.Scalar], range: Range<Int>, skippingReplacements: Bool = false, interner: inout TokenInterner,
        lexicon: inout Lexicon
    ) -> [Token] {
        let table = TokenTable(scalars, range: range, interner: &interner, blankingReplacements: skippingReplacements)
        var tokens = tokens(of: table, interner: interner)
        var index = 0
        for token in table.tokens where token.kind != .space {
            tokens[index].lexeme = lexicon.lexeme(of: token.folded, folded: tokens[index].folded)
            index += 1
        }
        return tokens
    }

    private static func tokens(of table: TokenTable, interner: TokenInterner) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(table.tokens.count / 2 + 1)
        for token in table.tokens {
            let kind: Token.Kind
            switch token.kind {
            case .space: continue
            case .word: kind = .word
            case .number: kind = .number
            case .punctuation: kind = .symbol
            }
            tokens.append(
                Token(
                    kind: kind, text: interner.text(of: token.text), folded: interner.text(of: token.folded), start: token.start,
                    end: token.end))
        }
        return tokens
    }

    private static func make(_ kind: Token.Kind, _ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Token {
        // ASCII (nearly every token): text and its lower case built byte by byte, no Unicode case tables.
        if scalars[r].allSatisfy(\.isASCII) {
            // Written straight into the strings' storage: a token of up to 15 bytes allocates nothing.
            let text = String(unsafeUninitializedCapacity: r.count) { buffer in
                for (offset, scalar) in scalars[r].enumerated() { buffer[offset] = UInt8(scalar.value) }
                return r.count
            }
            let folded = String(unsafeUninitializedCapacity: r.count) { buffer in
                for (offset, scalar) in scalars[r].enumerated() {
                    let byte = UInt8(scalar.value)
                    buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                }
                return r.count
            }
            return Token(kind: kind, text: text, folded: folded, start: r.lowerBound, end: r.upperBound)
        }
        let text = String(String.UnicodeScalarView(scalars[r]))
        var folded = text.lowercased()
        if folded.unicodeScalars.contains("’") { folded = folded.replacingOccurrences(of: "’", with: "'") }
        return Token(kind: kind, text: text, folded: folded, start: r.lowerBound, end: r.upperBound)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        // A text without the target's first byte has nothing to replace (most texts): no split, no join.
        if let first = target.utf8.first, !utf8.contains(first) { return self }
        return split(separator: Substring(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
