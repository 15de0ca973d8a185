import ArgumentParser
import Foundation
import TIPJobs
import TIPModel
import TIPReport
import TIPReportsFolder

/// `tipdiff report`: the XML change report, its HTML view, a Markdown summary and a CSV of changes, notes attached.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a change report (XML, HTML, Markdown, CSV, Word). With no editions: the two newest years in Reports/.")

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

    @Option(
        help:
            "The report as a Word document, tracked changes and notes as comments (default: report.docx beside the other outputs given, else out/report.docx)."
    )
    var docx: String?

    @Option(help: "A comparison chart to cite, a row per change: FILE.docx (a Word table) or FILE.csv.")
    var chart: String?

    @OptionGroup var tables: DataOptions

    @OptionGroup var selection: SelectionOptions

    @Flag(help: "No progress line on a terminal.")
    var quiet = false

    @Flag(help: "Start the CSV without UTF-8's byte-order mark (for scripts; spreadsheet programs need it to read UTF-8).")
    var noBom = false

    @Flag(help: "Also write index.html and countries/<country>.html beside the HTML view (always past 60 countries).")
    var pages = false

    func validate() throws {
        if let chart, !chart.lowercased().hasSuffix(".csv"), !chart.lowercased().hasSuffix(".docx") {
            throw ValidationError("--chart takes a .docx or a .csv file, not '\(chart)'")
        }
    }

    func run() throws {
        let pair = try EditionPair.from(editions)
        let folder = try ReportsFolder(data: tables.data)
        var job = ReportJob(folder: folder, tool: "tipdiff \(Tipdiff.version)", warn: { Output.warn($0.description) })
        job.selection = try selection.countries(in: folder)
        job.filter = try selection.filter()
        let progress = Progress.line(quiet: quiet)
        if let progress {
            job.progress = { @Sendable done, total in progress.show("compared \(done) of \(total) countries") }
        }
        defer { progress?.finish() }
        // Outputs that repeat one another, or are a named input, are refused before the long work starts.
        let outputs = ReportOutputs(
            xml: output, html: html, markdown: markdown, csv: csv, docx: docx, chart: chart, pages: pages, byteOrderMark: !noBom)
        try outputs.check(inputs: editions + annotations)
        let result = try job.run(
            editions: pair, annotations: annotations.isEmpty ? ["Annotations"] : annotations, explicit: !annotations.isEmpty)
        Output.write(summary(result, try outputs.write(result)))
    }

    /// What the run did, in three lines: what was compared, the notes, the files written.
    func summary(_ result: ReportJob.Result, _ written: ReportOutputs.Written) -> String {
        let report = result.report
        let countries = report.comparison.countries.count
        let files = report.noteSources.count
        let paths = written.paths
        let planned = chart == nil ? 5 : 6
        return """
            compared \(result.old) → \(result.new): \(countries) \(countries == 1 ? "country" : "countries")\(report.comparison.notCompared.isEmpty ? "" : " (\(report.comparison.notCompared.count) not compared: in one folder only)"), \(report.comparison.changeCount) changes
            notes: \(files == 0 && annotations.isEmpty ? noNotesFound() : "\(report.placedNotes.count) placed, \(report.orphaned.count) orphaned (from \(files) \(files == 1 ? "file" : "files"))")
            wrote \(paths[0]) (valid against the report schema), \(paths[1]), \(paths[2]), \(paths[3]), \(paths[4])\(chart == nil ? "" : ", the chart \(paths[5])")\(written.paged ? ", and \(paths.count - planned - written.timelines - written.histories) pages (\(paths[planned]), one per country)" : "")\(written.timelines == 0 ? "" : ", \(written.timelines) timeline page\(written.timelines == 1 ? "" : "s") (\(written.htmlFolder)/timelines/)")\(written.histories == 0 ? "" : ", \(written.histories) sentence history page\(written.histories == 1 ? "" : "s") (\(written.htmlFolder)/history/)")
            """
    }

    /// Why the default notes folder gave no notes, and what to do.
    func noNotesFound() -> String {
        let current = FileManager.default.currentDirectoryPath
        guard Paths.isFolder("Annotations") else { return "none found: no Annotations/ folder in \(current) (give --annotations PATH)" }
        return "none found: no .yaml files in \(current)/Annotations (give --annotations PATH)"
    }
}
