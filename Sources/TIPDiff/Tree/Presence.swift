/// Which side of a comparison holds something: added (new only) or removed (old only).
public enum Presence: String, Sendable, Hashable, Codable {
    case added, removed
}
