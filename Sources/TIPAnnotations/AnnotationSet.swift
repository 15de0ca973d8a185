import Foundation
import TIPModel
import TIPSupport

/// The notes files of one run: found once (files, and the .yaml/.yml files of folders in name order), each
/// read once with its hash, and the one rule for which edition a file belongs to and was written against.
public struct AnnotationSet: Sendable {
    /// Which edition of a comparison a notes file was written against.
    public enum WrittenAgainst: Sendable, Equatable {
        /// The older edition: its quotes are followed into the newer one.
        case old
        /// The edition the notes are placed on.
        case new
        /// An edition outside the comparison, or none named.
        case other
    }

    public var files: [AnnotationFile]

    public init(files: [AnnotationFile]) { self.files = files }

    /// Reads every notes file under `paths`. A missing path, or a folder without notes files, is an error
    /// when `explicit` (the user named it), and skipped otherwise (the default `Annotations/` may not exist).
    public init(paths: [String], explicit: Bool, counter: WorkCounter? = nil) throws(AnnotationError) {
        var found: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                if explicit { throw AnnotationError.io(SourceLocation(path: path), "no such file or folder") }
                continue
            }
            if isFolder.boolValue {
                let names: [String]
                do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                    throw AnnotationError.io(SourceLocation(path: path), "cannot list the folder")
                }
                let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                // A folder the user named that holds no notes is a mistake, not a check that passed.
                if explicit && files.isEmpty {
                    throw AnnotationError.io(SourceLocation(path: path), "no notes files (.yaml or .yml) in this folder")
                }
                found += files.map { "\(path)/\($0)" }
            } else {
                found.append(path)
            }
        }
        var files: [AnnotationFile] = []
        for path in found {
            files.append(try AnnotationReader().read(path))
            counter?.count(.notesFilesRead)
        }
        self.files = files
    }

    /// The files whose notes go with `edition`: a file naming an edition goes with that edition's country
    /// (its file name, through `countryKey`, or its exact path); a file naming none goes with a single country.
    public func files(for edition: Edition, countries: Int, countryKey: (String) -> String) -> [AnnotationFile] {
        files.filter { Self.belongs($0, to: edition, countries: countries, countryKey: countryKey) }
    }

    /// The files that belong to none of `editions`.
    public func unassigned(to editions: [Edition], countryKey: (String) -> String) -> [AnnotationFile] {
        files.filter { file in !editions.contains { Self.belongs(file, to: $0, countries: editions.count, countryKey: countryKey) } }
    }

    static func belongs(_ file: AnnotationFile, to edition: Edition, countries: Int, countryKey: (String) -> String) -> Bool {
        guard let path = editionPath(of: file) else { return countries == 1 }
        if names(file, edition.source.path) { return true }
        let stem = EditionPath.stem(of: path).replacingOccurrences(of: "-", with: " ")
        return countryKey(stem) == countryKey(edition.country)
    }

    /// Which side of `old` → `new` the file was written against, by the path its `edition:` names.
    public static func writtenAgainst(_ file: AnnotationFile, old: Edition, new: Edition) -> WrittenAgainst {
        if names(file, old.source.path) { return .old }
        if names(file, new.source.path) { return .new }
        return .other
    }

    /// Whether the file's `edition:` names the edition read from `path`: the same file however it is spelt
    /// (`./Reports/2024/cuba.txt`, `Reports/2024/cuba.txt`, or the absolute path).
    public static func names(_ file: AnnotationFile, _ path: String) -> Bool {
        guard let named = editionPath(of: file) else { return false }
        return named == path || editionKey(named) == editionKey(path)
    }

    /// An edition's path as the rule compares it: absolute, with `.` and `..` taken out.
    public static func editionKey(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}

extension AnnotationSet {
    /// The path of the edition a file's notes were written against (its `edition:`), when it names one.
    public static func editionPath(of file: AnnotationFile) -> String? { file.edition }
}
