import TIPModel

/// One side of a change, old or new: where the text stands (section, sentence or item index, how many sentences)
/// and what it says (text, range). Every node with sides carries them as `ChangeSides`.
public struct ChangeSide: Sendable, Hashable {
    public var section: SectionKind
    /// The sentence index in its section (for recommendations: the item's index).
    public var index: Int?
    /// How many consecutive sentences the side spans (a moved or new paragraph is one change).
    public var length: Int?
    public var text: String
    public var range: TextRange

    public init(section: SectionKind, index: Int?, length: Int? = nil, text: String, range: TextRange) {
        self.section = section
        self.index = index
        self.length = length
        self.text = text
        self.range = range
    }
}
