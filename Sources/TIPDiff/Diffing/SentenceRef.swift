import TIPModel

/// A sentence of one side: its section and index there.
struct SentenceRef: Hashable {
    var section: SectionKind
    var index: Int
}

extension ChangeSide {
    /// The side of one sentence.
    init(_ ref: SentenceRef, length: Int? = nil, _ sentence: Sentence) {
        self.init(section: ref.section, index: ref.index, length: length, text: sentence.text, range: sentence.range)
    }
}
