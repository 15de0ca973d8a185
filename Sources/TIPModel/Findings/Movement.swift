/// How the narrative says the country moved since the previous edition.

public enum Movement: String, Sendable, Hashable, Codable {
    case remained, upgraded, downgraded, unknown
}
