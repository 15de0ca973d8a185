import TIPStatistics
import TIPSupport

/// Reads sentences for the aligner: each into its exact key and its masked words (sorted ids, every number
/// the id of "#"), from the bytes when the sentence is ASCII once its quotation marks are folded, else through
/// the `String` path; both give the same ids for the same words, as one interner serves them.
struct SentenceKeyReader {
    /// One sentence read.
    struct Read {
        var key: SentenceKey
        /// `SentenceAligner.maskedIDs` of its normalised text.
        var masked: [Int]
    }

    /// How a piece counts among the masked words.
    private enum PieceClass: UInt8 {
        case unknown, number, word, none
    }

    /// The ids of keys and masked words.
    private var ids = ByteInterner()
    /// The `String` path's words, whose ids are then made `ids`' ones.
    private var interner = TokenInterner()
    private var pieces = NumberText.PieceReader()
    private var classes: [PieceClass] = []
    private var bytes: [UInt8] = []
    /// Each non-ASCII scalar met alone as a character, with the ASCII byte it is canonically equal to, if any.
    private var asciiEquivalents: [UInt32: UInt8?] = [:]
    private let numberID: Int

    init() {
        numberID = ids.id(of: "#")
    }

    /// The text of an id in its keys or masked words.
    func text(of id: Int) -> String { ids.text(of: id) }

    mutating func read(_ sentence: String) -> Read {
        guard foldASCII(sentence) else {
            let normalized = NumberText.normalized(SentenceAligner.foldedQuotes(sentence), interner: &interner)
            let words = SentenceAligner.maskedIDs(normalized: normalized, interner: &interner)
            return Read(key: key(of: normalized), masked: words.map { ids.id(of: interner.text(of: $0)) }.sorted())
        }
        let pieceIDs = bytes.withUnsafeBufferPointer { pieces.pieces(ascii: $0, interner: &ids) }
        var masked: [Int] = []
        masked.reserveCapacity(pieceIDs.count)
        for id in pieceIDs {
            switch pieceClass(id) {
            case .number: masked.append(numberID)
            case .word: masked.append(id)
            case .none, .unknown: break
            }
        }
        masked.sort()
        return Read(key: .pieces(pieceIDs), masked: masked)
    }

    /// Puts `sentence` with its quotation marks folded (`SentenceAligner.foldedQuotes`) into `bytes`, if
    /// that is ASCII.
    private mutating func foldASCII(_ sentence: String) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        var utf8 = sentence.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                bytes.append(byte)
                continue
            }
            // U+2013, U+2014, U+2018, U+2019, U+201C-U+201E are E2 80 93, 94, 98, 99, 9C-9E.
            guard byte == 0xE2, utf8.next() == 0x80, let last = utf8.next() else { return false }
            switch last {
            case 0x93, 0x94: bytes.append(0x2D)
            case 0x98, 0x99: bytes.append(0x27)
            case 0x9C, 0x9D, 0x9E: bytes.append(0x22)
            default: return false
            }
        }
        return true
    }

    /// The class of an ASCII piece: a number when it starts with a digit, a word when it has a letter.
    private mutating func pieceClass(_ id: Int) -> PieceClass {
        if id < classes.count, classes[id] != .unknown { return classes[id] }
        if classes.count <= id { classes += repeatElement(.unknown, count: id + 1 - classes.count) }
        let text = ids.bytes(of: id)
        let found: PieceClass
        if let first = text.first, first >= 0x30 && first <= 0x39 {
            found = .number
        } else if text.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x61 && $0 <= 0x7A }) {
            found = .word
        } else {
            found = .none
        }
        classes[id] = found
        return found
    }

    /// The key of normalised text read through the `String` path.
    private mutating func key(of normalized: String) -> SentenceKey {
        if normalized.utf8.allSatisfy({ $0 < 0x80 }) { return .pieces(pieceIDs(Array(normalized.utf8))) }
        guard let ascii = asciiEquivalent(normalized) else { return .text(normalized) }
        return .pieces(pieceIDs(ascii))
    }

    private mutating func pieceIDs(_ ascii: [UInt8]) -> [Int] {
        ascii.split(separator: 0x20, omittingEmptySubsequences: false).map { piece in piece.withUnsafeBufferPointer { ids.id(of: $0) } }
    }

    /// The ASCII text `text` is canonically equal to (as `String`'s `==` compares), if any: each character
    /// must be one that equals an ASCII character, as the Kelvin sign equals "K".
    private mutating func asciiEquivalent(_ text: String) -> [UInt8]? {
        var result: [UInt8] = []
        for character in text {
            if character.utf8.count == 1 {
                result.append(character.utf8.first!)
                continue
            }
            let scalars = character.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else { return nil }
            let equivalent: UInt8?
            if let known = asciiEquivalents[scalar.value] {
                equivalent = known
            } else {
                equivalent = (0..<0x80).first { Character(Unicode.Scalar(UInt8($0))) == character }.map(UInt8.init)
                asciiEquivalents[scalar.value] = .some(equivalent)
            }
            guard let byte = equivalent else { return nil }
            result.append(byte)
        }
        return result
    }
}
