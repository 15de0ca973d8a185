import TIPSupport

/// What statistics extraction learns of words as it reads (each word's interned ids and its lexeme), kept across
/// the editions one worker reads, so that the newer edition of a country finds the older one's words made.
public struct Vocabulary: Sendable {
    var interner: TokenInterner
    var lexicon: Lexicon

    /// An empty vocabulary with room for a long narrative's distinct words before its tables grow.
    public init() {
        interner = TokenInterner(capacity: 4096)
        lexicon = Lexicon()
    }
}
