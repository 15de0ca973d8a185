/// A text read once into tokens: each token's range of scalar offsets, its kind (a number with its value)
/// and the interned ids of its text and of its folded text, so that the stages after it compare integers.
public struct TokenTable: Sendable, Equatable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Equatable {
        /// Letters, then letters or digits, with inner hyphens and apostrophes before a letter ("don't", "anti-trafficking").
        case word
        /// Digits with thousands separators and a decimal part ("1,818", "4.9").
        case number
        /// Any other single scalar.
        case punctuation
        /// A run of white space (and, when asked, of U+FFFD).
        case space
    }

    /// One token.
    public struct Token: Sendable, Equatable {
        public var kind: Kind
        /// Offset of its first scalar.
        public var start: Int
        /// Offset one past its last scalar.
        public var end: Int
        /// The id of its text as written.
        public var text: Int
        /// The id of its text in lower case, curly apostrophes made straight.
        public var folded: Int
        /// A number's value (separators dropped), `nil` for other kinds.
        public var value: Double?
    }

    /// The tokens in text order, spaces included.
    public private(set) var tokens: [Token] = []

    /// Reads `scalars[range]`. `blankingReplacements`: U+FFFD (where a loader blanked a control character)
    /// counts as white space.
    public init(_ scalars: [Unicode.Scalar], range: Range<Int>, interner: inout TokenInterner, blankingReplacements: Bool = false) {
        tokens = scalars.withUnsafeBufferPointer { scalars in
            Self.tokens(scalars, range: range, interner: &interner, blankingReplacements: blankingReplacements)
        }
    }

    private static func tokens(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, interner: inout TokenInterner, blankingReplacements: Bool
    ) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        func isBlank(_ s: Unicode.Scalar) -> Bool { s.isBlank || blankingReplacements && s == "\u{FFFD}" }
        while i < end {
            let s = scalars[i]
            var j = i + 1
            let kind: Kind
            if isBlank(s) {
                while j < end && isBlank(scalars[j]) { j += 1 }
                kind = .space
            } else if s.isDigit {
                while j < end {
                    if scalars[j].isDigit {
                        j += 1
                    } else if scalars[j] == "," || scalars[j] == ".", j + 1 < end, scalars[j + 1].isDigit {
                        j += 1
                    } else {
                        break
                    }
                }
                kind = .number
            } else if s.isLetter {
                while j < end {
                    let c = scalars[j]
                    if c.isLetter || c.isDigit {
                        j += 1
                    } else if c == "-" || c == "'" || c == "’", j + 1 < end, scalars[j + 1].isLetter {
                        j += 1
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                kind = .punctuation
            }
            tokens.append(token(kind, UnsafeBufferPointer(rebasing: scalars[i..<j]), start: i, interner: &interner))
            i = j
        }
        return tokens
    }

    /// A token seen before is found by its scalars in the interner's index; a new one is made once.
    private static func token(
        _ kind: Kind, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, start: Int, interner: inout TokenInterner
    ) -> Token {
        let hash = TokenTableIndex.hash(scalars)
        let entry: TokenTableIndex.Entry
        if let found = interner.tableIndex.entry(for: scalars, hash: hash) {
            entry = found
        } else {
            entry = made(kind, scalars, interner: &interner)
            interner.tableIndex.insert(entry, for: scalars, hash: hash)
        }
        return Token(
            kind: kind, start: start, end: start + scalars.count, text: entry.text, folded: entry.folded,
            value: kind == .number ? entry.value : nil)
    }

    private static func made(
        _ kind: Kind, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, interner: inout TokenInterner
    ) -> TokenTableIndex.Entry {
        let written = String(scalars: scalars)
        let text = interner.id(ofOwned: written)
        var lower = written.utf8.allSatisfy { $0 < 0x80 } ? Self.asciiLowercased(written) : written.lowercased()
        if lower.unicodeScalars.contains("’") {
            lower = lower.split(separator: "’", omittingEmptySubsequences: false).joined(separator: "'")
        }
        let folded = lower.utf8.elementsEqual(written.utf8) ? text : interner.id(ofOwned: lower)
        let value = kind == .number ? Double(written.filter { $0 != "," }) : nil
        return TokenTableIndex.Entry(text: text, folded: folded, value: value)
    }

    private static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            for (offset, byte) in text.utf8.enumerated() { buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
            return text.utf8.count
        }
    }
}
