import TIPModel

/// One notes file's notes as placed on an edition: what `annotate check` lists, rendered by `NoteReportText`
/// and `NoteReportCSV`, and encoded as it is for JSON.
public struct NoteReport: Sendable, Encodable {
    public var file: String
    public var edition: String
    public var notes: [Resolution]

    public init(file: String, edition: String, notes: [Resolution]) {
        self.file = file
        self.edition = edition
        self.notes = notes
    }
}
