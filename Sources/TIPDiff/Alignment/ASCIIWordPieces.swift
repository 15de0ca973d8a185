/// `WordDiff.pieces` of ASCII text, read from its bytes: the same pieces without going through `Character`s.
enum ASCIIWordPieces {
    /// The pieces of `bytes`, which must all be ASCII.
    static func pieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [WordDiff.Piece] {
        var pieces: [WordDiff.Piece] = []
        let end = bytes.count
        var i = 0
        // White space before the first word belongs to no piece.
        while i < end && bytes[i].isWhitespaceASCII { i += 1 }
        while i < end {
            var wordEnd = i
            while wordEnd < end && !bytes[wordEnd].isWhitespaceASCII { wordEnd += 1 }
            var spaceEnd = wordEnd
            while spaceEnd < end && bytes[spaceEnd].isWhitespaceASCII { spaceEnd += 1 }
            word(bytes, i..<wordEnd, into: &pieces)
            pieces[pieces.count - 1].trailing = text(bytes, wordEnd..<spaceEnd)
            i = spaceEnd
        }
        return pieces
    }

    /// One word's pieces: opening and closing marks split off one by one, the rest split at hyphens and
    /// before a possessive.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into pieces: inout [WordDiff.Piece]) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start].isOpening { start += 1 }
        while end > start, bytes[end - 1].isClosing { end -= 1 }
        for k in range.lowerBound..<start { pieces.append(WordDiff.Piece(text: text(bytes, k..<(k + 1)), trailing: "")) }
        var current = start
        var k = start
        while k < end {
            let c = bytes[k]
            if c == 0x2D && k > current && k + 1 < end && bytes[k + 1].isLetterASCII {
                pieces.append(WordDiff.Piece(text: text(bytes, current..<k), trailing: ""))
                pieces.append(WordDiff.Piece(text: "-", trailing: ""))
                current = k + 1
            } else if c == 0x27 && k + 2 == end && bytes[k + 1] == 0x73 && k > current {
                pieces.append(WordDiff.Piece(text: text(bytes, current..<k), trailing: ""))
                current = k
                break
            }
            k += 1
        }
        if current < end { pieces.append(WordDiff.Piece(text: text(bytes, current..<end), trailing: "")) }
        for k in end..<range.upperBound { pieces.append(WordDiff.Piece(text: text(bytes, k..<(k + 1)), trailing: "")) }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

extension UInt8 {
    /// ASCII white space as `Character.isWhitespace` has it: tab, line feed, vertical tab, form feed, return, space.
    fileprivate var isWhitespaceASCII: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
    fileprivate var isLetterASCII: Bool { self >= 0x41 && self <= 0x5A || self >= 0x61 && self <= 0x7A }
    /// `"`, `(`, `[`.
    fileprivate var isOpening: Bool { self == 0x22 || self == 0x28 || self == 0x5B }
    /// `.`, `,`, `;`, `:`, `!`, `?`, `"`, `)`, `]`.
    fileprivate var isClosing: Bool {
        switch self {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x29, 0x5D: return true
        default: return false
        }
    }
}
