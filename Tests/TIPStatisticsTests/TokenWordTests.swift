import Testing

@testable import TIPStatistics

/// `isWord` asked of one to four words answers as the list form does, and only of words.
@Suite struct TokenWordTests {
    @Test func isWordOfFewWordsAnswersAsTheListDoes() {
        let scalars = Array("In 2023 the Government convicted".unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, range: 0..<scalars.count)
        let list = ["in", "the", "government", "convicted", "2023"]
        for token in tokens {
            let expected = token.kind == .word && list.contains(token.folded)
            #expect(token.isWord("in", "the", "government", "convicted", "2023") == expected)
            #expect(token.isWord("in", "the", "government", "convicted") == (expected && token.folded != "2023"))
            #expect(token.isWord("the", "government", "convicted") == (expected && !["in", "2023"].contains(token.folded)))
            #expect(token.isWord("government", "convicted") == ["government", "convicted"].contains(token.folded))
            #expect(token.isWord("convicted") == (token.folded == "convicted"))
        }
        // A number is never a word, whatever its text.
        #expect(!tokens[1].isWord("2023") && !tokens[1].isWord("2023", "x"))
    }
}
