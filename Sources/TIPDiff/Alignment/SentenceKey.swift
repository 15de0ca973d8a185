/// What the aligner compares for exact matches: the normalised text (`SentenceAligner.exactKey`) as the ids of
/// its space-separated pieces when it is ASCII or canonically equal to ASCII text, else the text itself; two
/// keys are equal exactly when the two normalised texts are equal as `String`s.
enum SentenceKey: Hashable {
    /// The pieces' interned ids, in order.
    case pieces([Int])
    /// Normalised text equal to no ASCII text.
    case text(String)
}
