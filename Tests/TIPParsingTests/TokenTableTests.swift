import TIPSupport
import TIPTestSupport
import Testing

@testable import TIPStatistics

/// The token table: one pass over a text into ranges, kinds, values and interned ids.
@Suite struct TokenTableTests {
    private func table(_ text: String, interner: inout TokenInterner, blanking: Bool = false) -> (TokenTable, [Unicode.Scalar]) {
        let scalars = Array(text.unicodeScalars)
        return (TokenTable(scalars, range: 0..<scalars.count, interner: &interner, blankingReplacements: blanking), scalars)
    }

    @Test func tokensCoverTheTextWithTheirKinds() {
        var interner = TokenInterner()
        let (table, _) = table("Officials identified 1,818 victims’ cases (4.9%).", interner: &interner)
        let kinds = table.tokens.map(\.kind)
        #expect(
            kinds == [
                .word, .space, .word, .space, .number, .space, .word, .punctuation, .space, .word, .space, .punctuation,
                .number, .punctuation, .punctuation, .punctuation,
            ])
        // Every scalar belongs to exactly one token, in order.
        #expect(zip(table.tokens, table.tokens.dropFirst()).allSatisfy { $0.end == $1.start })
        #expect(table.tokens.first?.start == 0 && table.tokens.last?.end == 49)
        #expect(table.tokens.filter { $0.kind == .number }.map(\.value) == [1818, 4.9])
    }

    @Test func theSameWordIsTheSameIdAcrossTables() {
        var interner = TokenInterner()
        let (first, _) = table("Victims were identified.", interner: &interner)
        let (second, _) = table("The government identified VICTIMS", interner: &interner)
        #expect(first.tokens[0].folded == second.tokens[6].folded)
        #expect(first.tokens[0].text != second.tokens[6].text)
        #expect(first.tokens[4].text == second.tokens[4].text)
        #expect(interner.text(of: second.tokens[6].folded) == "victims")
        #expect(interner.text(of: second.tokens[6].text) == "VICTIMS")
    }

    @Test func foldingStraightensCurlyApostrophes() {
        var interner = TokenInterner()
        let (table, _) = table("Government’s", interner: &interner)
        #expect(table.tokens.count == 1)
        #expect(interner.text(of: table.tokens[0].folded) == "government's")
        #expect(interner.text(of: table.tokens[0].text) == "Government’s")
    }

    @Test func internerTellsTextsApartByTheirBytes() {
        var interner = TokenInterner()
        let composed = interner.id(of: "caf\u{E9}")
        let decomposed = interner.id(of: "cafe\u{301}")
        #expect(composed != decomposed)
        #expect(interner.text(of: decomposed).unicodeScalars.count == 5)
        #expect(interner.id(of: "caf\u{E9}") == composed)
        #expect(interner.count == 2)
    }

    @Test func replacementsAreSpacesOnlyWhenAsked() {
        var interner = TokenInterner()
        #expect(table("a\u{FFFD}b", interner: &interner).0.tokens.map(\.kind) == [.word, .punctuation, .word])
        #expect(table("a\u{FFFD}b", interner: &interner, blanking: true).0.tokens.map(\.kind) == [.word, .space, .word])
    }

    @Test func tokenizerThroughTheTableReadsTheSeedAsBefore() throws {
        let scalars = Array(Seed.text.unicodeScalars)
        var interner = TokenInterner()
        for skipping in [false, true] {
            let before = Tokenizer.tokens(scalars, range: 0..<scalars.count, skippingReplacements: skipping)
            let after = Tokenizer.tokens(scalars, range: 0..<scalars.count, skippingReplacements: skipping, interner: &interner)
            #expect(before == after)
        }
        let odd = Array("Ünïcode—words ‘quoted’ 3.5.2 x-ray CAFÉ’S \u{FFFD}7".unicodeScalars)
        #expect(
            Tokenizer.tokens(odd, range: 0..<odd.count) == Tokenizer.tokens(odd, range: 0..<odd.count, interner: &interner))
    }

    @Test func scalarStringsAreTheScalarsWritten() {
        let scalars = Array("Côte d’Ivoire 👩‍👩‍👧 x".unicodeScalars)
        #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
        #expect(String(scalars: scalars).unicodeScalars.elementsEqual(scalars))
        #expect(String(scalars: [Unicode.Scalar]()) == "")
    }
}
