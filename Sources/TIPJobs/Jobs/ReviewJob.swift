import Foundation
import TIPAnnotations
import TIPModel
import TIPReportsFolder

/// What a review serves, planned: the report of the comparison, the notes files the page shows, and the
/// file each country's new notes go to.
public struct ReviewJob: Sendable {
    /// The plan a review server is started with.
    public struct Plan: Sendable {
        public var result: ReportJob.Result
        /// Every notes file read for the page.
        public var files: [String]
        /// Country slug (`CountryKey.fileName`) → the notes file its new notes go to.
        public var targets: [String: String]
    }

    /// Why a review cannot be planned.
    public enum Failure: Error, Sendable {
        /// One notes file was named for the new notes of a comparison of several countries.
        case oneNotesFileForSeveralCountries(Int)
    }

    public var report: ReportJob

    public init(report: ReportJob) { self.report = report }

    /// Compares `editions` (by default the newest two years) with the notes in the folder of `notesFile`, or
    /// in `Annotations/`; new notes go to `notesFile` when given (for a comparison of one country), else to each
    /// country's own file.
    public func run(editions: (old: String, new: String)?, notesFile: String?) throws -> Plan {
        let root = notesFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "Annotations"
        let existing = FileManager.default.fileExists(atPath: root) ? [root] : []
        let result = try report.run(editions: editions, annotations: existing, explicit: false)
        let countries = result.report.comparison.countries.count
        if notesFile != nil && countries != 1 { throw Failure.oneNotesFileForSeveralCountries(countries) }
        let notes = try AnnotationSet(paths: existing, explicit: false)
        var targets: [String: String] = [:]
        for country in result.report.comparison.countries {
            targets[CountryKey.fileName(country.country)] =
                notesFile ?? NotesDestination.file(for: country, in: notes, folder: root)
        }
        return Plan(result: result, files: notes.files.map(\.path), targets: targets)
    }
}
