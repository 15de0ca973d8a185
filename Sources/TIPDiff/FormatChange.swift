/// A number written differently with the same value ("1818" → "1,818") in an otherwise equal sentence.
import TIPModel

public struct FormatChange: Sendable, Hashable {
    public var id: String
    public var section: SectionKind
    public var oldIndex: Int
    public var newIndex: Int
    public var old: String
    public var new: String
    public var value: Double
    public var oldRange: TextRange
    public var newRange: TextRange
}
