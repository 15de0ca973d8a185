import TIPAnnotations

/// A note as it appears in a report: the note, the file it came from, and where it landed.
public struct PlacedNote: Sendable {
    public var note: Note
    public var file: String
    public var resolution: Resolution
}
