/// `tipdiff report`: the XML change report, its HTML view, a Markdown summary and a CSV of changes, notes attached.
import ArgumentParser
import Foundation
import TIPArchive
import TIPModel
import TIPReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a change report (XML, HTML, Markdown, CSV). With no editions: the two newest years in Reports/.")

    @Argument(help: "The older and newer edition (or year folder); default: the two newest years in Reports/ that share a country.")
    var editions: [String] = []

    @Option(name: .customLong("annotations"), help: "Annotation files or folders (default: every .yaml in Annotations/).")
    var annotations: [String] = []

    @Option(name: .shortAndLong, help: "The XML report (default: report.xml beside the other outputs given, else out/report.xml).")
    var output: String?

    @Option(help: "The HTML view (default: report.html beside the other outputs given, else out/report.html).")
    var html: String?

    @Option(help: "The Markdown summary (default: report.md beside the other outputs given, else out/report.md).")
    var markdown: String?

    @Option(help: "Every change as CSV (default: changes.csv beside the other outputs given, else out/changes.csv).")
    var csv: String?

    @OptionGroup var tables: DataOptions

    @OptionGroup var selection: SelectionOptions

    @Flag(help: "No progress line on a terminal.")
    var quiet = false

    @Flag(help: "Also write index.html and countries/<country>.html beside the HTML view (always past 60 countries).")
    var pages = false

    func run() throws {
        let pair = try EditionPair.from(editions)
        let folder = try ReportsFolder(data: tables.data)
        var job = ReportJob(folder: folder, tool: "tipdiff \(Tipdiff.version)", warn: { Output.warn($0.description) })
        job.countries = try selection.countryKeys(in: folder)
        job.filter = try selection.filter()
        let progress = Progress.line(quiet: quiet)
        if let progress {
            job.progress = { @Sendable done, total in progress.show("compared \(done) of \(total) countries") }
        }
        defer { progress?.finish() }
        // Outputs that repeat one another, or are a named input, are refused before the long work starts.
        let planned = plannedOutputs()
        try OutputPaths.check(planned, inputs: editions + annotations)
        let result = try job.run(
            editions: pair,
            annotations: annotations.isEmpty ? ["Annotations"] : annotations, explicit: !annotations.isEmpty)

        var outputs: [(path: String, bytes: [UInt8])] = [
            (planned[0], result.rendered.xml), (planned[1], result.rendered.html), (planned[2], Array(result.rendered.markdown.utf8)),
            (planned[3], Array(result.rendered.csv.utf8)),
        ]
        // Many countries: also an index page and a page per country beside the HTML view, each quick to open.
        let paged = pages || result.report.comparison.countries.count > ReportPages.threshold
        if paged {
            let folder = URL(fileURLWithPath: outputs[1].path).deletingLastPathComponent().path
            outputs += try ReportPages.render(result.report, xml: result.rendered.xml).map { ("\(folder)/\($0.path)", $0.bytes) }
        }
        // Countries with earlier editions in the folder: their timeline pages, linked from their sections.
        let htmlFolder = URL(fileURLWithPath: outputs[1].path).deletingLastPathComponent().path
        outputs += result.timelines.map { ("\(htmlFolder)/\($0.path)", $0.bytes) }
        let comparison = result.report.comparison
        let inputs =
            comparison.countries.flatMap { [$0.old.edition.source.path, $0.new.edition.source.path] }
            + comparison.countryChanges.map(\.path) + comparison.notCompared.map(\.path) + result.report.noteSources.map(\.path)
        try OutputPaths.check(outputs.map(\.path), inputs: inputs)
        for (path, _) in outputs {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw AtomicFile.Failure(path: path, reason: "cannot create the folder \(folder.path)")
            }
        }
        // A path given with an option may be a link, followed to its target; the files tipdiff names itself
        // (out/..., the pages and timelines) are never written through a link. All checked before any is written.
        let named = Set([output, html, markdown, csv].compactMap { $0 })
        let writes = outputs.map { ($0.path, $0.bytes, named.contains($0.path) ? AtomicFile.Links.follow : .refuse) }
        for (path, _, links) in writes { try AtomicFile.check(path, links: links) }
        for (path, bytes, links) in writes { try AtomicFile.write(bytes, to: path, links: links) }

        let report = result.report
        let countries = report.comparison.countries.count
        let files = report.noteSources.count
        Output.write(
            """
            compared \(result.old) → \(result.new): \(countries) \(countries == 1 ? "country" : "countries")\(report.comparison.notCompared.isEmpty ? "" : " (\(report.comparison.notCompared.count) not compared: in one folder only)"), \(report.comparison.changeCount) changes
            notes: \(files == 0 && annotations.isEmpty ? noNotesFound() : "\(report.placedNotes.count) placed, \(report.orphaned.count) orphaned (from \(files) \(files == 1 ? "file" : "files"))")
            wrote \(outputs[0].path) (valid against the report schema), \(outputs[1].path), \(outputs[2].path), \(outputs[3].path)\(paged ? ", and \(outputs.count - 4 - result.timelines.count) pages (\(outputs[4].path), one per country)" : "")\(result.timelines.isEmpty ? "" : ", \(result.timelines.count) timeline page\(result.timelines.count == 1 ? "" : "s") (\(htmlFolder)/timelines/)")
            """)
    }

    /// The four outputs: each as given, else beside the first one given (the folder of -o, --html,
    /// --markdown or --csv, in that order), else in out/.
    func plannedOutputs() -> [String] {
        let folder = [output, html, markdown, csv].compactMap { $0 }.first.map { ($0 as NSString).deletingLastPathComponent } ?? "out"
        let beside = { (name: String) in folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name) }
        return [
            output ?? beside("report.xml"), html ?? beside("report.html"), markdown ?? beside("report.md"), csv ?? beside("changes.csv"),
        ]
    }

    /// Why the default notes folder gave no notes, and what to do.
    func noNotesFound() -> String {
        let current = FileManager.default.currentDirectoryPath
        guard Paths.isFolder("Annotations") else { return "none found: no Annotations/ folder in \(current) (give --annotations PATH)" }
        return "none found: no .yaml files in \(current)/Annotations (give --annotations PATH)"
    }
}
