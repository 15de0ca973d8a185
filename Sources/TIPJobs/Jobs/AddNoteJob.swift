import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPParsing

/// `annotate add` as one call: a note appended to a notes file, its anchor first checked against the edition
/// the note is about (the one given, else the file's `edition:`), a change anchor in the diff from `old`.
public struct AddNoteJob: Sendable {
    /// Why no note was added.
    public enum Failure: Error, Sendable {
        /// Neither the caller nor the file names the edition to check the anchor against.
        case noEdition
        /// The edition the anchor was checked against, and why it was refused there.
        case refused(edition: String, NoteAddition.Refusal)
    }

    public init() {}

    /// Appends `draft` to `file` (created when missing); a bad file or edition throws its diagnostic.
    public func run(_ draft: AnnotationWriter.Draft, to file: String, edition: String?, old: String?) throws -> NoteAddition.Added {
        let existing = FileManager.default.fileExists(atPath: file) ? try AnnotationReader().read(file) : nil
        guard let editionPath = edition ?? existing?.edition else { throw Failure.noEdition }
        let loader = EditionLoader()
        let target = ComparedEdition(try loader.edition(at: editionPath))
        let comparison = try old.map { Differ().compare(ComparedEdition(try loader.edition(at: $0)), target) }
        do {
            return try NoteAddition(target: target, comparison: comparison).add(draft, to: file, edition: editionPath)
        } catch .unwritable(let error) {
            throw error
        } catch {
            throw Failure.refused(edition: editionPath, error)
        }
    }
}
