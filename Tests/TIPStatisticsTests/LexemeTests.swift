import TIPSupport
import Testing

@testable import TIPStatistics

/// A word's lexeme says what looking its text up in each word list says.
@Suite struct LexemeTests {
    private let sentence =
        "In June 2023 the government investigated twenty-one cases under Article 5, as amended in 2010, up to "
        + "three million pesos, compared with the previous reporting period; of those, Sept. 4 and seventy-seven were for sex trafficking."

    @Test func tokensReadThroughALexiconAnswerAsTokensThatLookTheirTextUp() {
        let scalars = Array(sentence.unicodeScalars)
        var interner = TokenInterner()
        var lexicon = Lexicon()
        let plain = Tokenizer.tokens(scalars, range: 0..<scalars.count)
        let read = Tokenizer.tokens(scalars, range: 0..<scalars.count, interner: &interner, lexicon: &lexicon)
        #expect(plain == read)
        #expect(read.allSatisfy { $0.lexeme != nil } && plain.allSatisfy { $0.lexeme == nil })
        let classes: [Lexeme.Classes] = [.reference, .dateMonth, .periodMonth, .preposition, .relative, .making, .stop, .verb]
        for (a, b) in zip(plain, read) {
            #expect(a.wordValue == b.wordValue, "\(a.text)")
            #expect(a.scale == b.scale, "\(a.text)")
            for candidate in classes { #expect(a.is(candidate) == b.is(candidate), "\(a.text) \(candidate)") }
        }
    }

    @Test func aLexemeHoldsTheWordsValuesAndLists() {
        #expect(Lexeme("twenty-one").wordValue == 21)
        #expect(Lexeme("million").scale == 1e6)
        #expect(Lexeme("article").classes == [.reference])
        #expect(Lexeme("may").classes == [.dateMonth, .periodMonth])
        #expect(Lexeme("sept").classes == [.dateMonth])
        #expect(Lexeme("in").classes == [.preposition, .stop])
        #expect(Lexeme("investigated").classes == [.verb])
        #expect(Lexeme("amended").classes == [.making])
        #expect(Lexeme("previous").classes == [.relative])
        #expect(Lexeme("victims") == Lexeme("cases"))
    }

    @Test func aLexiconMakesOneLexemePerWordId() {
        var lexicon = Lexicon()
        #expect(lexicon.lexeme(of: 3, folded: "seven").wordValue == 7)
        // The id's lexeme is kept: the text is not looked at again.
        #expect(lexicon.lexeme(of: 3, folded: "ignored").wordValue == 7)
        #expect(lexicon.lexeme(of: 0, folded: "tier").classes == [.reference])
    }
}

/// The lexeme found in the table of listed words says what every list says of the word.
@Suite struct LexemeTableTests {
    @Test(arguments: [
        "article", "may", "sept", "in", "investigated", "amended", "previous", "million", "seven", "twenty", "twenty-one",
        "ninety-nine", "twenty-first", "anti-trafficking", "victims", "hundred", "dozen", "", "of", "whom",
    ])
    func aWordsLexemeIsWhatEveryListSays(_ word: String) {
        let lexeme = Lexeme(word)
        let classes: [Lexeme.Classes] = [.reference, .dateMonth, .periodMonth, .preposition, .relative, .making, .stop, .verb]
        for candidate in classes { #expect(lexeme.classes.contains(candidate) == Lexeme.has(candidate, word), "\(candidate)") }
        #expect(lexeme.wordValue == NumberReader.wordValue(word))
        #expect(lexeme.scale == NumberReader.scales[word])
    }
}
