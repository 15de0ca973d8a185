import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPParsing

/// `annotate check` as one call: each notes file's notes placed on one edition, followed from the edition the
/// file names (by the one rule of `AnnotationSet`) or from an earlier edition given, each comparison made once.
public struct NotesCheck: Sendable {
    /// One file's notes as placed.
    public struct Checked: Sendable {
        public var file: AnnotationFile
        public var notes: [Resolution]
        /// Whether an earlier edition was compared with the target, so that change ids could be checked.
        public var compared: Bool
        /// Whether the file was written for the target edition itself.
        public var ownEdition: Bool
    }

    public var loader: EditionLoader

    public init(loader: EditionLoader = EditionLoader()) { self.loader = loader }

    /// Places the notes of the files under `paths` on the edition at `edition`; change ids are looked up in
    /// the diff from `old` when given, else from the edition a file names.
    public func run(paths: [String], edition: String, old: String?) throws -> [Checked] {
        let notes = try AnnotationSet(paths: paths, explicit: true)
        // The target's statistics are extracted once, and each earlier edition compared with it once.
        let target = ComparedEdition(try loader.edition(at: edition))
        let earlier = try old.map { try loader.edition(at: $0) }
        var comparisons: [String: CountryComparison] = [:]
        var checked: [Checked] = []
        for file in notes.files {
            let written = try writtenEdition(file, target: target.edition)
            var comparison: CountryComparison?
            if let base = earlier ?? written {
                comparison = comparisons[base.source.sha256] ?? Differ().compare(ComparedEdition(base), target)
                comparisons[base.source.sha256] = comparison
            }
            let resolver = AnnotationResolver(target: target, written: written, comparison: comparison)
            checked.append(
                Checked(
                    file: file, notes: file.notes.map(resolver.resolve), compared: comparison != nil,
                    ownEdition: AnnotationSet.names(file, edition)))
        }
        return checked
    }

    /// Whether a reviewer must look: against the edition it was written for, a note should land exactly
    /// (fuzzy or orphaned needs review); against another edition only when `strict`. Change ids cannot be
    /// checked without an earlier edition: those notes do not count.
    public static func needsReview(_ checked: [Checked], strict: Bool) -> Bool {
        checked.contains { file in
            let checkable = file.notes.filter { file.compared || $0.anchor != "change" }
            return checkable.contains { $0.state == .orphaned || (file.ownEdition && $0.state == .fuzzy) } && (file.ownEdition || strict)
        }
    }

    /// The edition named by the file's `edition:`, when it is there and is another one than the target.
    private func writtenEdition(_ file: AnnotationFile, target: Edition) throws -> Edition? {
        guard let path = AnnotationSet.editionPath(of: file), FileManager.default.fileExists(atPath: path) else { return nil }
        let edition = try loader.edition(at: path)
        return edition.source.sha256 == target.source.sha256 ? nil : edition
    }
}
