import Foundation
import Testing

@testable import TIPHistory

/// The byte-level fold and count give what the general path (Foundation's lowercasing and search) gives, and
/// step aside for text they do not cover.
@Suite struct FoldedTextTests {
    @Test(arguments: [
        "The Government of Cuba did not report any prosecutions.",
        "Authorities’ “efforts” were ‘limited’ in 2024.",
        "ALL CAPS, digits 1,818 and (parentheses); semicolons: yes.",
        "",
    ])
    func foldingASCIIAndCurlyQuotesGivesTheGeneralFold(text: String) {
        #expect(FoldedText.fold(text) == TermCounter.foldedByCharacters(text))
    }

    @Test(arguments: ["Côte d’Ivoire", "line\r\nend", "em — dash", "Ⅻ numerals"])
    func textBeyondASCIIAndQuotesTakesTheGeneralPath(text: String) {
        #expect(FoldedText.fold(text) == nil)
        #expect(TermCounter.fold(text) == TermCounter.foldedByCharacters(text))
    }

    @Test(arguments: [
        ("trafficking", "trafficking and anti-trafficking efforts; trafficking."),
        ("victims", "victims2 victims victimsx (victims)"),
        ("aa", "aaaa aa"),
        ("the government", "the government's the governments the government"),
        ("1", "1 10 21 1"),
    ])
    func countingWholeWordsGivesTheGeneralCount(term: String, text: String) {
        #expect(FoldedText.occurrences(of: term, in: text) == TermCounter.occurrencesByCharacters(of: term, in: text))
        #expect(TermCounter.occurrences(of: term, in: text) == TermCounter.occurrencesByCharacters(of: term, in: text))
    }

    @Test func countingTextBeyondASCIITakesTheGeneralPath() {
        #expect(FoldedText.occurrences(of: "cote", in: "côte cote") == nil)
        let text = "la côte, côtes"
        #expect(TermCounter.occurrences(of: "côte", in: text) == TermCounter.occurrencesByCharacters(of: "côte", in: text))
    }
}
