/// A section whose effort verdict changed ("decreased" → "maintained"); its opening sentence states it.
import TIPModel

public struct VerdictChange: Sendable, Hashable {
    public var id: String
    public var section: SectionKind
    public var old: Verdict?
    public var new: Verdict?
    public var oldRange: TextRange?
    public var newRange: TextRange?
}
