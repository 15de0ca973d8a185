import TIPAnnotations
import TIPDiff
import TIPHistory
import TIPModel
import TIPParsing
import TIPReport
import TIPReportsFolder
import TIPSupport
import TIPTierTables
import TIPTimelines

/// The main job as one library call: read the notes, load both sides once (only the selected countries'
/// files), compare them once, place every note on that comparison, and render the report in all its forms.
public struct ReportJob: Sendable {
    /// What the job produced.
    public struct Result: Sendable {
        public var old: String
        public var new: String
        public var report: Report
        public var rendered: RenderedReport
        /// Timeline pages (`timelines/<slug>.html`, relative to the HTML view) of the countries the folder
        /// holds earlier editions of.
        public var timelines: [(path: String, bytes: [UInt8])]
        /// Sentence history pages (`history/<slug>.html`) of the same countries, from the same editions.
        public var histories: [(path: String, bytes: [UInt8])] = []
    }

    public var folder: ReportsFolder
    public var tool: String
    /// Tallies parsing, extraction and alignment, for tests that pin "computed once".
    public var counter: WorkCounter?
    /// Where warnings go.
    public var warn: @Sendable (Diagnostic) -> Void
    /// Which countries are read and compared.
    public var selection = CountrySelection.all
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
            folder: try selection.editions(at: old, loader: loader, in: folder),
            try selection.editions(at: new, loader: loader, in: folder), countryKey: folder.countryKey,
            placed: { country, year in table?.isPlaced(country, in: year) }, progress: progress
        ).filtered(filter)
        var report = ReportBuilder(tool: tool).report(comparison, notes: notes, countryKey: folder.countryKey)
        let series = seriesPages(comparison, loader: loader, table: table)
        for index in report.countries.indices {
            let pages = series[report.countries[index].comparison.country]
            (report.countries[index].timeline, report.countries[index].history) = (pages?.timeline.path, pages?.history.path)
        }
        let ordered = series.values.sorted { $0.timeline.path < $1.timeline.path }
        return Result(
            old: old, new: new, report: report, rendered: try RenderedReport(report), timelines: ordered.map(\.timeline),
            histories: ordered.map(\.history))
    }

    /// A timeline page and a sentence history page for each compared country whose editions in this folder go
    /// back before the older of the two compared: those earlier editions are read, the compared two are reused.
    /// An earlier edition that cannot be read is a warning, and that country gets no pages.
    private func seriesPages(_ comparison: Comparison, loader: EditionLoader, table: TierTable?) -> [String: SeriesPages] {
        let inFolder = comparison.countries.filter { $0.old.edition.source.path.hasPrefix(folder.root + "/") }
        let pages = Parallel.map(inFolder) { country -> (String, SeriesPages)? in
            guard let oldYear = country.oldYear else { return nil }
            let earlier = folder.editionPaths(of: country.country).filter { $0.year < oldYear }
            guard !earlier.isEmpty else { return nil }
            var editions: [Edition] = []
            do throws(EditionError) {
                for edition in earlier { editions.append(try loader.edition(at: edition.path)) }
                editions += [country.old.edition, country.new.edition]
                let years = earlier.map(\.year) + [oldYear, country.newYear ?? oldYear + 1]
                var timeline = Timeline(country: country.country, editions: editions, table: table)
                timeline.restatements = TimelineRestatements.audit(country: country.country, editions: Array(zip(years, editions)))
                let html = TimelineHTML.render(timeline, tierHistory: table?.history(of: country.country) ?? [])
                let history = HistoryBuilder.history(country: country.country, editions: Array(zip(years, editions)))
                let slug = CountryKey.fileName(country.country)
                return (
                    country.country,
                    SeriesPages(
                        timeline: ("timelines/\(slug).html", Array(html.utf8)),
                        history: ("history/\(slug).html", Array(HistoryHTML.render(history).utf8)))
                )
            } catch {
                error.diagnostics.forEach(warn)
                return nil
            }
        }
        return Dictionary(pages.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// A country's pages over every edition in the folder, each a path relative to the HTML view and its bytes.
    private struct SeriesPages {
        var timeline: (path: String, bytes: [UInt8])
        var history: (path: String, bytes: [UInt8])
    }
}
