/// The main job as one library call: read the notes, load both sides once, compare them once, place every
/// note on that comparison, and render the report in all its forms.
import TIPAnnotations
import TIPArchive
import TIPDiff
import TIPModel
import TIPParsing

public struct ReportJob: Sendable {
    /// What the job produced.
    public struct Result: Sendable {
        public var old: String
        public var new: String
        public var report: Report
        public var rendered: RenderedReport
    }

    public var folder: ReportsFolder
    public var tool: String
    /// Tallies parsing, extraction and alignment, for tests that pin "computed once".
    public var counter: WorkCounter?
    /// Where warnings go.
    public var warn: @Sendable (Diagnostic) -> Void
    /// Only these countries (alias keys, `ReportsFolder.countryKey`); `nil` for every one.
    public var countries: Set<String>?
    /// Which changes to report.
    public var filter = ChangeFilter()
    /// Told as countries are compared (done, of), for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(
        folder: ReportsFolder, tool: String, counter: WorkCounter? = nil, warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }
    ) {
        self.folder = folder
        self.tool = tool
        self.counter = counter
        self.warn = warn
    }

    /// Compares `editions` (OLD and NEW; by default the newest two years of the folder) and places the notes
    /// found under `annotations` (named by the user when `explicit`: a missing path is then an error).
    public func run(editions: (old: String, new: String)?, annotations: [String], explicit: Bool) throws -> Result {
        // The notes first: a wrong path fails before any edition is read.
        let notes = try AnnotationSet(paths: annotations, explicit: explicit, counter: counter)
        let (old, new) = try editions ?? folder.newestPair()
        let loader = folder.loader(counter: counter, warn: warn)
        // Countries only one folder holds are reported as entering or leaving only when the tables say so.
        let table = try? folder.tierTable()
        let comparison = Differ(counter: counter).compare(
            folder: folder.editions(try loader.editions(at: old), of: countries),
            folder.editions(try loader.editions(at: new), of: countries), countryKey: folder.countryKey,
            placed: { country, year in table?.isPlaced(country, in: year) }, progress: progress
        ).filtered(filter)
        let report = ReportBuilder(tool: tool).report(comparison, notes: notes, countryKey: folder.countryKey)
        return Result(old: old, new: new, report: report, rendered: try RenderedReport(report))
    }
}
