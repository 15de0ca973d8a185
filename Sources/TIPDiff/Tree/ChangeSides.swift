/// The sides a change has: only the new one (added), only the old one (removed), or both. An added text
/// cannot carry old text: the type has no place for it.
public enum ChangeSides: Sendable, Hashable {
    case added(ChangeSide)
    case removed(ChangeSide)
    case both(old: ChangeSide, new: ChangeSide)

    public var old: ChangeSide? {
        switch self {
        case .added: nil
        case .removed(let old), .both(let old, _): old
        }
    }

    public var new: ChangeSide? {
        switch self {
        case .removed: nil
        case .added(let new), .both(_, let new): new
        }
    }
}
