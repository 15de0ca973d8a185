/// `WordDiff.pieces` read from the UTF-8 bytes of text that is ASCII but for curly quotation marks and
/// dashes (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D), each a character of its own there: the same pieces
/// without going through `Character`s.
enum ByteWordPieces {
    /// The pieces of `bytes`, or `nil` when they hold another scalar beyond ASCII.
    static func pieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [WordDiff.Piece]? {
        // Each scalar's value, and where its bytes start (one more entry: the end).
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var at = 0
        while at < bytes.count {
            let byte = bytes[at]
            offsets.append(at)
            if byte < 0x80 {
                scalars.append(UInt32(byte))
                at += 1
                continue
            }
            guard byte == 0xE2, at + 2 < bytes.count, bytes[at + 1] == 0x80 else { return nil }
            switch bytes[at + 2] {
            case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D: scalars.append(0x2000 + UInt32(bytes[at + 2] - 0x80))
            default: return nil
            }
            at += 3
        }
        offsets.append(bytes.count)
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]]), as: UTF8.self)
        }

        var pieces: [WordDiff.Piece] = []
        let end = scalars.count
        var i = 0
        // White space before the first word belongs to no piece.
        while i < end && scalars[i].isWhitespace { i += 1 }
        while i < end {
            var wordEnd = i
            while wordEnd < end && !scalars[wordEnd].isWhitespace { wordEnd += 1 }
            var spaceEnd = wordEnd
            while spaceEnd < end && scalars[spaceEnd].isWhitespace { spaceEnd += 1 }
            word(scalars, i..<wordEnd, text: text, into: &pieces)
            pieces[pieces.count - 1].trailing = text(wordEnd..<spaceEnd)
            i = spaceEnd
        }
        return pieces
    }

    /// One word's pieces: opening and closing marks split off one by one, the rest split at hyphens and
    /// before a possessive.
    private static func word(
        _ scalars: [UInt32], _ range: Range<Int>, text: (Range<Int>) -> String, into pieces: inout [WordDiff.Piece]
    ) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, scalars[start].isOpening { start += 1 }
        while end > start, scalars[end - 1].isClosing { end -= 1 }
        for k in range.lowerBound..<start { pieces.append(WordDiff.Piece(text: text(k..<(k + 1)), trailing: "")) }
        var current = start
        var k = start
        while k < end {
            let c = scalars[k]
            if c == 0x2D && k > current && k + 1 < end && scalars[k + 1].isLetter {
                pieces.append(WordDiff.Piece(text: text(current..<k), trailing: ""))
                pieces.append(WordDiff.Piece(text: "-", trailing: ""))
                current = k + 1
            } else if (c == 0x27 || c == 0x2019) && k + 2 == end && scalars[k + 1] == 0x73 && k > current {
                pieces.append(WordDiff.Piece(text: text(current..<k), trailing: ""))
                current = k
                break
            }
            k += 1
        }
        if current < end { pieces.append(WordDiff.Piece(text: text(current..<end), trailing: "")) }
        for k in end..<range.upperBound { pieces.append(WordDiff.Piece(text: text(k..<(k + 1)), trailing: "")) }
    }
}

extension UInt32 {
    /// White space as `Character.isWhitespace` has it, for the scalars read here: tab to return, and space.
    fileprivate var isWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
    fileprivate var isLetter: Bool { self >= 0x41 && self <= 0x5A || self >= 0x61 && self <= 0x7A }
    /// `"`, `(`, `[`, “, ‘.
    fileprivate var isOpening: Bool { self == 0x22 || self == 0x28 || self == 0x5B || self == 0x201C || self == 0x2018 }
    /// `.`, `,`, `;`, `:`, `!`, `?`, `"`, `)`, `]`, ”, ’.
    fileprivate var isClosing: Bool {
        switch self {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x29, 0x5D, 0x201D, 0x2019: return true
        default: return false
        }
    }
}
