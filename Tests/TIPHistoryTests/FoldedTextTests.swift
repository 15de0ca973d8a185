import Foundation
import Testing

@testable import TIPHistory

/// The byte-level fold and count give what the general path (Foundation's lowercasing and search) gives, and
/// step aside for text they do not cover.
@Suite struct FoldedTextTests {
    /// The general path, as `TermCounter` had it before the byte-level forms.
    private func generalFold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
    }

    private func generalCount(_ term: String, _ text: String) -> Int {
        var count = 0
        var from = text.startIndex
        while let found = text.range(of: term, range: from..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false) && !(after?.isLetter ?? false || after?.isNumber ?? false) {
                count += 1
            }
            from = text.index(after: found.lowerBound)
        }
        return count
    }

    @Test(arguments: [
        "The Government of Cuba did not report any prosecutions.",
        "Authorities’ “efforts” were ‘limited’ in 2024.",
        "ALL CAPS, digits 1,818 and (parentheses); semicolons: yes.",
        "",
    ])
    func foldingASCIIAndCurlyQuotesGivesTheGeneralFold(text: String) {
        #expect(FoldedText.fold(text) == generalFold(text))
    }

    @Test(arguments: ["Côte d’Ivoire", "line\r\nend", "em — dash", "Ⅻ numerals"])
    func textBeyondASCIIAndQuotesTakesTheGeneralPath(text: String) {
        #expect(FoldedText.fold(text) == nil)
        #expect(TermCounter.fold(text) == generalFold(text))
    }

    @Test(arguments: [
        ("trafficking", "trafficking and anti-trafficking efforts; trafficking."),
        ("victims", "victims2 victims victimsx (victims)"),
        ("aa", "aaaa aa"),
        ("the government", "the government's the governments the government"),
        ("1", "1 10 21 1"),
    ])
    func countingWholeWordsGivesTheGeneralCount(term: String, text: String) {
        #expect(FoldedText.occurrences(of: term, in: text) == generalCount(term, text))
        #expect(TermCounter.occurrences(of: term, in: text) == generalCount(term, text))
    }

    @Test func countingTextBeyondASCIITakesTheGeneralPath() {
        #expect(FoldedText.occurrences(of: "cote", in: "côte cote") == nil)
        #expect(TermCounter.occurrences(of: "côte", in: "la côte, côtes") == generalCount("côte", "la côte, côtes"))
    }
}
