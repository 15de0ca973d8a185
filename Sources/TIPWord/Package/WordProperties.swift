/// The document's properties (docProps/core.xml and app.xml): title, subject, creator, keywords and a
/// description that carry the editions' provenance (paths, hashes, years).
struct WordProperties: Sendable, Equatable {
    var title: String
    var subject: String
    var creator: String
    var keywords: String
    var description: String
    /// An ISO 8601 time: a date of the newer edition's year, so the bytes do not depend on when they were made.
    var created: String
}
