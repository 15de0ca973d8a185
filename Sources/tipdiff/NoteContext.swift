/// The editions a file of notes is read against.
import ArgumentParser
import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPParsing

enum NoteContext {
    /// The edition named by the file's `edition:`, when it is a different one from the target.
    static func writtenEdition(_ file: AnnotationFile, target: Edition, loader: EditionLoader) throws -> Edition? {
        guard let path = AnnotationSet.editionPath(of: file), FileManager.default.fileExists(atPath: path) else { return nil }
        let edition = try loader.edition(at: path)
        return edition.source.sha256 == target.source.sha256 ? nil : edition
    }
}
