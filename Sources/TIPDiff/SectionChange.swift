/// A section only one edition has.
import TIPModel

public struct SectionChange: Sendable, Hashable {
    public var id: String
    public var presence: Presence
    public var section: SectionKind
    /// The heading as written, or the kind's name when the section has none.
    public var heading: String
    public var range: TextRange
}
