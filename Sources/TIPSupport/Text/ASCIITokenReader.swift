/// Reads ASCII text from its bytes into the tokens `TokenTable` makes of it (spaces left out), each with its
/// kind and the ids (in a `ByteInterner`) of its text and of its lower case, without making a `String`.
public struct ASCIITokenReader: Sendable {
    /// One token: its kind (never `.space`) and ids.
    public struct Token: Sendable, Equatable {
        public var kind: TokenTable.Kind
        /// The id of its text as written.
        public var text: Int
        /// The id of its text in lower case.
        public var folded: Int

        public init(kind: TokenTable.Kind, text: Int, folded: Int) {
            self.kind = kind
            self.text = text
            self.folded = folded
        }
    }

    /// The folded id of each text id met so far (-1 where not known).
    private var foldedByText: [Int] = []
    private var lower: [UInt8] = []

    public init() {}

    /// The tokens of `bytes`, which must all be ASCII (below 0x80), appended to `tokens`.
    public mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout ByteInterner, into tokens: inout [Token]) {
        let end = bytes.count
        var i = 0
        while i < end {
            let byte = bytes[i]
            var j = i + 1
            let kind: TokenTable.Kind
            if byte.isBlankASCII {
                while j < end && bytes[j].isBlankASCII { j += 1 }
                i = j
                continue
            } else if byte.isDigitASCII {
                while j < end {
                    let c = bytes[j]
                    if c.isDigitASCII {
                        j += 1
                    } else if c == 0x2C || c == 0x2E, j + 1 < end, bytes[j + 1].isDigitASCII {
                        j += 1
                    } else {
                        break
                    }
                }
                kind = .number
            } else if byte.isLetterASCII {
                while j < end {
                    let c = bytes[j]
                    if c.isLetterASCII || c.isDigitASCII {
                        j += 1
                    } else if c == 0x2D || c == 0x27, j + 1 < end, bytes[j + 1].isLetterASCII {
                        j += 1
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                kind = .punctuation
            }
            let ids = self.ids(UnsafeBufferPointer(rebasing: bytes[i..<j]), interner: &interner)
            tokens.append(Token(kind: kind, text: ids.text, folded: ids.folded))
            i = j
        }
    }

    /// The ids of one token's text and of its lower case.
    private mutating func ids(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout ByteInterner) -> (text: Int, folded: Int) {
        let text = interner.id(of: bytes)
        if text < foldedByText.count, foldedByText[text] >= 0 { return (text, foldedByText[text]) }
        let folded: Int
        if bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            lower.removeAll(keepingCapacity: true)
            for byte in bytes { lower.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
            folded = lower.withUnsafeBufferPointer { interner.id(of: $0) }
        } else {
            folded = text
        }
        if foldedByText.count <= text { foldedByText += repeatElement(-1, count: text + 1 - foldedByText.count) }
        foldedByText[text] = folded
        return (text, folded)
    }
}

extension UInt8 {
    /// ASCII white space as `Unicode.Scalar.isBlank` has it: space, tab, line feed, vertical tab, form feed, return.
    fileprivate var isBlankASCII: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
    fileprivate var isDigitASCII: Bool { self >= 0x30 && self <= 0x39 }
    fileprivate var isLetterASCII: Bool { self >= 0x41 && self <= 0x5A || self >= 0x61 && self <= 0x7A }
}
