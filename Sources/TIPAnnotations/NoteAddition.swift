import Foundation
import TIPDiff
import TIPModel

/// Adding a note, the one way `annotate add` and the review page both do it: the draft's anchor placed on the
/// edition it is about, and appended to the notes file (its folder made when missing) only when it lands there
/// exactly (a quote only when it names one place), every byte already in the file kept.
public struct NoteAddition: Sendable {
    /// Why a note was not added.
    public enum Refusal: Error, Sendable {
        /// The quote occurs this many times in the edition.
        case repeated(Int)
        /// The anchor does not land exactly: where the resolver put it, and why.
        case notFound(Resolution)
        /// The notes file could not be extended.
        case unwritable(AnnotationError)
    }

    /// What was added.
    public struct Added: Sendable {
        /// The note's id in the file.
        public var id: String
        /// Where its anchor landed.
        public var placed: Resolution
    }

    /// The edition the note is about, its statistics extracted.
    public var target: ComparedEdition
    /// A comparison ending in `target`, for a change id.
    public var comparison: CountryComparison?

    public init(target: ComparedEdition, comparison: CountryComparison? = nil) {
        self.target = target
        self.comparison = comparison
    }

    /// Appends `draft` to the notes file at `file` (created naming `edition` when missing), once its anchor
    /// lands exactly in the target.
    public func add(_ draft: AnnotationWriter.Draft, to file: String, edition: String) throws(Refusal) -> Added {
        let resolver = AnnotationResolver(target: target, comparison: comparison)
        if case .quote(let selector) = draft.anchor, case let count = resolver.places(matching: selector), count > 1 {
            throw .repeated(count)
        }
        let probe = Note(
            id: draft.id ?? "new", author: nil, date: nil, status: .open, tags: [], text: draft.text, anchor: draft.anchor,
            location: SourceLocation(path: file))
        let placed = resolver.resolve(probe)
        guard placed.state == .exact else { throw .notFound(placed) }
        // The notes folder is made on the first note of a fresh checkout.
        try? FileManager.default.createDirectory(
            at: URL(fileURLWithPath: file).deletingLastPathComponent(), withIntermediateDirectories: true)
        do { return Added(id: try AnnotationWriter().append(draft, to: file, edition: edition), placed: placed) } catch {
            throw .unwritable(error)
        }
    }
}
