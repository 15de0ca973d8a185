/// The sides a change has: only the new one (added), only the old one (removed), or both. An added text
/// cannot carry old text: the type has no place for it. `Side` is `ChangeSide`, or a statistic's figure.
public enum ChangeSides<Side: Sendable & Hashable>: Sendable, Hashable {
    case added(Side)
    case removed(Side)
    case both(old: Side, new: Side)

    /// The sides of whichever there are; `nil` when there is neither.
    init?(old: Side?, new: Side?) {
        switch (old, new) {
        case (let old?, let new?): self = .both(old: old, new: new)
        case (let old?, nil): self = .removed(old)
        case (nil, let new?): self = .added(new)
        case (nil, nil): return nil
        }
    }

    public var old: Side? {
        switch self {
        case .added: nil
        case .removed(let old), .both(let old, _): old
        }
    }

    public var new: Side? {
        switch self {
        case .removed: nil
        case .added(let new), .both(_, let new): new
        }
    }
}
