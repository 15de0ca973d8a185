import TIPStatistics
import TIPSupport
import Testing

@testable import TIPDiff

/// The aligner's byte path gives what its `String` path gave: the same exact matches, the same masked words.
@Suite struct SentenceKeyReaderTests {
    static let sentences = [
        "The government identified 1,818 victims, up from seven in 2023.",
        "The government identified 1818 victims, up from 7 in 2023.",
        "the GOVERNMENT identified 1818 victims , up from seven in 2023 .",
        "Officials’ “anti-trafficking” unit — the first — opened.", "Officials' \"anti-trafficking\" unit - the first - opened.",
        "It convicted one hundred and five traffickers and a dozen officials.",
        "It convicted 105 traffickers and 12 officials.", "It convicted one trafficker.", "It convicted 1 trafficker.",
        "Funds of $4.9 billion and 1.2 million people; 1.2.3 is not a number.",
        "Funds of $4900000000 and 1200000 people; 1.2.3 is not a number.", "Twenty-one victims, ninety-nine cases.",
        "21 victims, 99 cases.", "Café owners in Zürich ½ were ¾ charged.", "Cafe\u{301} owners in Zürich ½ were ¾ charged.",
        "A \u{212A}elvin sign\u{37E} then more.", "A Kelvin sign; then more.", "‚Low quote‛ stays ― as written.", "", "  ", "# 5 - ,",
        "x\u{301} combining \u{301} alone", "Tabs\tand\nlines\r\nend here.", "one", "a dozen", "one dozen", "hundred and one",
    ]

    @Test func keysAreEqualExactlyWhenTheExactKeysAre() {
        var reader = SentenceKeyReader()
        let reads = Self.sentences.map { reader.read($0) }
        let keys = Self.sentences.map(SentenceAligner.exactKey)
        for i in Self.sentences.indices {
            for j in Self.sentences.indices {
                #expect((reads[i].key == reads[j].key) == (keys[i] == keys[j]), "\(Self.sentences[i]) | \(Self.sentences[j])")
            }
        }
        // Pairs the list is there to pin: folded case and quotes, number words, a Kelvin sign canonically equal to "K".
        #expect(reads[0].key == reads[1].key && reads[1].key == reads[2].key)
        #expect(reads[3].key == reads[4].key)
        #expect(reads[5].key == reads[6].key)
        #expect(reads[7].key != reads[8].key)
        #expect(reads[9].key == reads[10].key)
        #expect(reads[15].key == reads[16].key)
    }

    @Test func maskedWordsAreTheMaskedIDsOfTheExactKey() {
        var reader = SentenceKeyReader()
        for sentence in Self.sentences {
            let masked = reader.read(sentence).masked
            #expect(masked == masked.sorted())
            let words = SentenceAligner.maskedWords(normalized: SentenceAligner.exactKey(sentence))
            #expect(masked.map { reader.text(of: $0) }.sorted() == words.sorted(), "\(sentence)")
        }
    }

    @Test func pieceReaderJoinedIsTheNormalizedText() {
        var interner = ByteInterner()
        var pieces = NumberText.PieceReader()
        for sentence in Self.sentences where sentence.utf8.allSatisfy({ $0 < 0x80 }) {
            let ids = Array(sentence.utf8).withUnsafeBufferPointer { pieces.pieces(ascii: $0, interner: &interner) }
            #expect(ids.map { interner.text(of: $0) }.joined(separator: " ") == NumberText.normalized(sentence), "\(sentence)")
        }
    }

    @Test func asciiTokenReaderReadsWhatTheTokenTableReads() {
        var interner = ByteInterner()
        var reader = ASCIITokenReader()
        for sentence in Self.sentences + ["don't re-enter anti-trafficking-units 3,4.5,,6 a-1 b'c extraordinarily-long-words"]
        where sentence.utf8.allSatisfy({ $0 < 0x80 }) {
            var tokens: [ASCIITokenReader.Token] = []
            Array(sentence.utf8).withUnsafeBufferPointer { reader.read($0, interner: &interner, into: &tokens) }
            var tableInterner = TokenInterner()
            let scalars = Array(sentence.unicodeScalars)
            let table = TokenTable(scalars, range: 0..<scalars.count, interner: &tableInterner).tokens.filter { $0.kind != .space }
            #expect(tokens.map(\.kind) == table.map(\.kind), "\(sentence)")
            #expect(tokens.map { interner.text(of: $0.text) } == table.map { tableInterner.text(of: $0.text) })
            #expect(tokens.map { interner.text(of: $0.folded) } == table.map { tableInterner.text(of: $0.folded) })
        }
    }

    @Test func byteWordPiecesAreTheCharacterPieces() {
        for sentence in Self.sentences + [
            "  leading space, (bracketed) [words] \"quoted,\" government-sponsored officials' and government's -x a- b-1 end.  ",
            "Lines\r\nand\ttabs\u{0B}\u{0C}; ...!? \"(\"nested\")\" 1,818 $4.9 it's 's x's", "'s", "-", "--a", "a--b", "(", "",
            "“Quoted,” she said ‘twice’ — officials’ and government’s – x’s ’s “(”)‘ end’”.", "”", "’s", "a—b ‘a-b’",
        ] {
            #expect(WordDiff.pieces(sentence) == WordDiff.characterPieces(sentence), "\(sentence)")
        }
    }

    @Test func byteInternerGivesEqualBytesOneIDAndReadsThemBack() {
        var interner = ByteInterner()
        let words = (0..<5000).map { "word\($0 % 1700)" } + ["", "é", "e\u{301}"]
        let ids = words.map { interner.id(of: $0) }
        for (a, b) in zip(words, ids) { #expect(interner.text(of: b).utf8.elementsEqual(a.utf8)) }
        #expect(interner.count == 1700 + 3)
        #expect(ids[0] == ids[1700] && ids[0] != ids[1])
        #expect(interner.id(of: "é") != interner.id(of: "e\u{301}"))
    }
}
