/// Where an edition's country name was read from.

public enum CountrySource: String, Sendable, Hashable, Codable {
    case heading, fileName = "file-name", text
}
