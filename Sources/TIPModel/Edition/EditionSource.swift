/// The file an edition was read from.

public struct EditionSource: Sendable, Hashable, Codable {
    public enum Format: String, Sendable, Hashable, Codable { case text, html, pdf }

    public var path: String
    public var sha256: String
    public var format: Format

    public init(path: String, sha256: String, format: Format) {
        self.path = path
        self.sha256 = sha256
        self.format = format
    }
}
