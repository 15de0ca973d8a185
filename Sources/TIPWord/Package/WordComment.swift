/// A Word comment: its id, who wrote it and when, its paragraphs, and whether it is resolved ("done").
struct WordComment: Sendable, Equatable {
    var id: Int
    var author: String
    /// An ISO 8601 time, or `nil` when the note has no date.
    var date: String?
    var initials: String
    var paragraphs: [String]
    var done: Bool

    /// The id Word 2010 gives the comment's last paragraph, which the resolved state refers to: eight hex
    /// digits below 0x80000000.
    var paragraphID: String { String(format: "%08X", 0x1000_0000 + id) }
}
