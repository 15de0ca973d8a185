import Foundation
import Testing

@testable import TIPStatistics

/// Searching the folded words of a sentence: the byte search finds what Foundation's `range(of:)` finds.
@Suite struct TextSearchTests {
    @Test(arguments: [
        ("the government identified 12 victims", "victim"), ("the government identified 12 victims", "victims of"),
        ("sentenced 3 traffickers to 5 years", "sentence"), ("abcabd", "abd"), ("aaab", "aab"), ("short", "longer text"),
        ("of whom were children and of whom were", " of whom were "), ("trailing", "ing"), ("x", "x"),
        ("victims “crisis rooms”", "crisis"), ("cafe\u{301} sentence", "cafe"), ("caf\u{E9}", "cafe"), ("sentence", ""),
        ("", "a"), ("a\u{212A}b", "akb"),
    ])
    func findsWhatFoundationFinds(_ text: String, _ part: String) {
        #expect(TextSearch.contains(text, part) == text.contains(part))
        let range = TextSearch.range(of: part, in: text)
        let expected = text.range(of: part)
        #expect(range == expected)
        if let range, let expected { #expect(text[range] == text[expected]) }
    }

    @Test func theFirstOccurrenceIsFound() {
        let text = "5 victims and 7 victims"
        let range = TextSearch.range(of: "victims", in: text)
        #expect(range.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 2)
        #expect(range.map { String(text[$0.upperBound...]) } == " and 7 victims")
    }
}

/// Splitting ASCII text into runs of kept bytes: what splitting by characters gives.
@Suite struct ASCIIRunsTests {
    @Test(arguments: ["sex-trafficking victims, 12 children", "  leading and trailing  ", "", "a", "labor\r\ntrafficking", "x--y"])
    func runsAreWhatCharacterSplittingGives(_ text: String) {
        let runs = TextSearch.asciiRuns(of: text) { TextSearch.isLetter($0) || $0 == UInt8(ascii: "-") }
        #expect(runs == text.split(whereSeparator: { !$0.isLetter && $0 != "-" }))
    }

    @Test func nonASCIITextIsLeftToCharacterSplitting() {
        #expect(TextSearch.asciiRuns(of: "niños víctimas", kept: TextSearch.isLetter) == nil)
    }

    @Test func lettersAreTheASCIILetters() {
        #expect((0...127).filter { TextSearch.isLetter(UInt8($0)) } == (0...127).filter { Character(Unicode.Scalar(UInt8($0))).isLetter })
    }
}
