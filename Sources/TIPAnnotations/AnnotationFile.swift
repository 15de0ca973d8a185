import TIPModel

/// A file of notes, as read from YAML.
public struct AnnotationFile: Sendable, Equatable {
    public var path: String
    /// SHA-256 of the file's bytes, for the report's provenance.
    public var sha256: String
    /// The edition the notes were written against, when the file says.
    public var edition: String?
    public var notes: [Note]
}
