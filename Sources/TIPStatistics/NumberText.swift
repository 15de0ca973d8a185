import TIPSupport

/// Numbers in running text reduced to their values, so that "1,818" and "1818", "seven" and "7" compare equal.
public enum NumberText {
    /// `text` with every number written as plain digits ("seven" → "7", "1,818" → "1818", "1.2 million" → "1200000").
    public static func normalized(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return normalized(Tokenizer.tokens(scalars, range: 0..<scalars.count))
    }

    /// `normalized(_:)` with the words read through `interner`, so that each distinct word is made a string
    /// once for all the sentences it serves.
    public static func normalized(_ text: String, interner: inout TokenInterner) -> String {
        let scalars = Array(text.unicodeScalars)
        return normalized(Tokenizer.tokens(scalars, range: 0..<scalars.count, interner: &interner))
    }

    private static func normalized(_ tokens: [Token]) -> String {
        var pieces: [String] = []
        var i = 0
        while i < tokens.count {
            if let number = NumberReader.read(tokens, at: i), !(tokens[i].folded == "one" && number.end == i + 1) {
                pieces.append(Statistic.format(number.value))
                i = number.end
            } else {
                pieces.append(tokens[i].folded)
                i += 1
            }
        }
        return pieces.joined(separator: " ")
    }

    /// `normalized(_:interner:)` of ASCII text as the ids of its pieces (the words and marks between the
    /// spaces it would have), read from the bytes: each distinct word is looked up once, not made a string.
    /// Holds what it learns about ids (their numeric meaning, the ids of formatted values) for the next text;
    /// use it with one interner only (a `ByteInterner`: the ids are of the pieces' bytes).
    public struct PieceReader: Sendable {
        /// What a folded text means to the number reader.
        private struct Meaning: Sendable {
            /// Its value as a number word ("seven", "twenty-one").
            var word: Double?
            /// Its value as a scale word ("million").
            var scale: Double?
            /// Its value as digits ("1,818").
            var digits: Double?
            var isHundred = false
            var isAnd = false
            /// "a" or "one", which with "dozen" make 12.
            var isDozenCount = false
            var isOne = false
            var isDozen = false
        }

        private var reader = ASCIITokenReader()
        private var tokens: [ASCIITokenReader.Token] = []
        private var meanings: [Meaning?] = []
        private var formatted: [UInt64: Int] = [:]

        public init() {}

        /// The piece ids of `bytes`, which must all be ASCII: `normalized(_:interner:)` of that text is these
        /// pieces' texts joined by single spaces.
        public mutating func pieces(ascii bytes: UnsafeBufferPointer<UInt8>, interner: inout ByteInterner) -> [Int] {
            tokens.removeAll(keepingCapacity: true)
            reader.read(bytes, interner: &interner, into: &tokens)
            for token in tokens {
                learn(token.folded, interner: interner)
                if token.kind == .number { learn(token.text, interner: interner) }
            }
            var pieces: [Int] = []
            pieces.reserveCapacity(tokens.count)
            var i = 0
            while i < tokens.count {
                if let number = read(at: i), !(meanings[tokens[i].folded]!.isOne && number.end == i + 1) {
                    pieces.append(formattedID(number.value, interner: &interner))
                    i = number.end
                } else {
                    pieces.append(tokens[i].folded)
                    i += 1
                }
            }
            return pieces
        }

        private mutating func learn(_ id: Int, interner: ByteInterner) {
            if id < meanings.count, meanings[id] != nil { return }
            if meanings.count <= id { meanings += repeatElement(nil, count: id + 1 - meanings.count) }
            let text = interner.text(of: id)
            var meaning = Meaning()
            meaning.word = NumberReader.wordValue(text)
            meaning.scale = NumberReader.scales[text]
            if text.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { meaning.digits = Double(text.filter { $0 != "," }) }
            meaning.isHundred = text == "hundred"
            meaning.isAnd = text == "and"
            meaning.isDozenCount = text == "a" || text == "one"
            meaning.isOne = text == "one"
            meaning.isDozen = text == "dozen"
            meanings[id] = meaning
        }

        private func meaning(_ token: ASCIITokenReader.Token) -> Meaning { meanings[token.folded]! }

        /// `NumberReader.read` over ids: the value of the number starting at `tokens[i]` and the index past it.
        private func read(at i: Int) -> (value: Double, end: Int)? {
            let token = tokens[i]
            if token.kind == .number {
                guard let value = meanings[token.text]!.digits else { return nil }
                var end = i + 1
                var total = value
                if end < tokens.count, let scale = meaning(tokens[end]).scale {
                    total *= scale
                    end += 1
                }
                return (total, end)
            }
            guard token.kind == .word else { return nil }
            if meaning(token).isDozenCount, i + 1 < tokens.count, meaning(tokens[i + 1]).isDozen { return (12, i + 2) }
            var total: Double = 0
            var current: Double = 0
            var j = i
            var read = false
            while j < tokens.count, tokens[j].kind == .word {
                let word = meaning(tokens[j])
                if let value = word.word {
                    current += value
                } else if word.isHundred, read {
                    current *= 100
                } else if let scale = word.scale, read {
                    total += current * scale
                    current = 0
                } else if word.isAnd, read, j + 1 < tokens.count, meaning(tokens[j + 1]).word != nil, j > i,
                    meaning(tokens[j - 1]).isHundred
                {
                    j += 1
                    continue
                } else {
                    break
                }
                read = true
                j += 1
            }
            guard read else { return nil }
            return (total + current, j)
        }

        private mutating func formattedID(_ value: Double, interner: inout ByteInterner) -> Int {
            if let id = formatted[value.bitPattern] { return id }
            let id = interner.id(of: Statistic.format(value))
            formatted[value.bitPattern] = id
            return id
        }
    }

    /// The value of a token sequence that is one number ("1,818", "seven", "$4.9 billion"), if it is one.
    public static func value(of text: String) -> Double? {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, range: 0..<scalars.count).filter { !["$", "€", "£"].contains($0.text) }
        guard !tokens.isEmpty, let number = NumberReader.read(tokens, at: 0), number.end == tokens.count else { return nil }
        return number.value
    }
}
