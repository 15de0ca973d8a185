/// The `Lexeme` of each folded word id an interner gave, made the first time the word is met: one per
/// distinct word of an edition, however many sentences use it. Lives as long as its interner, beside it.
struct Lexicon: Sendable {
    private var lexemes: [Lexeme?] = []

    /// The lexeme of the word whose folded id is `id` and folded text `folded`.
    mutating func lexeme(of id: Int, folded: String) -> Lexeme {
        if id < lexemes.count, let lexeme = lexemes[id] { return lexeme }
        if id >= lexemes.count { lexemes.append(contentsOf: repeatElement(nil, count: id + 1 - lexemes.count)) }
        let lexeme = Lexeme(folded)
        lexemes[id] = lexeme
        return lexeme
    }
}
