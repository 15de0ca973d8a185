import Foundation
import TIPModel
import TIPReport
import TIPSupport
import TIPWord
import TIPXML

/// The files a report run writes: the XML, HTML, Markdown, CSV and Word document where the plan puts them, the
/// comparison chart when asked (Word or CSV, by its extension), the index and
/// country pages beside the HTML view when asked or past `ReportPages.threshold` countries, and the timeline
/// pages of the countries the folder holds earlier editions of.
public struct ReportOutputs: Sendable {
    /// The XML, HTML, Markdown, CSV and Word paths the user gave (`nil` for one not given).
    public var given: [String?]
    /// The comparison chart, when asked: a `.csv` path gives CSV, any other a Word document.
    public var chart: String?
    /// Pages as well as one page, whatever the number of countries.
    public var pages: Bool
    /// Whether the CSV starts with UTF-8's byte-order mark (so that a spreadsheet program reads it as UTF-8).
    public var byteOrderMark: Bool

    /// The five paths: each as given, else beside the first given, else in `out/`; then the chart when asked.
    public var planned: [String] {
        OutputPlan.paths(given: given, defaults: ["report.xml", "report.html", "report.md", "changes.csv", "report.docx"])
            + (chart.map { [$0] } ?? [])
    }

    public init(
        xml: String?, html: String?, markdown: String?, csv: String?, docx: String? = nil, chart: String? = nil, pages: Bool,
        byteOrderMark: Bool = true
    ) {
        given = [xml, html, markdown, csv, docx]
        self.chart = chart
        self.pages = pages
        self.byteOrderMark = byteOrderMark
    }

    /// What was written.
    public struct Written: Sendable {
        /// Every path, the five planned first, then the chart when asked, then the pages, then the timeline pages.
        public var paths: [String]
        /// Whether the index and country pages were written.
        public var paged: Bool
        /// The timeline pages written.
        public var timelines: Int
        /// The sentence history pages written (one beside each timeline page).
        public var histories: Int
        /// The folder of the HTML view, which holds the pages and `timelines/`.
        public var htmlFolder: String
    }

    /// Refuses, before any edition is read, outputs that repeat one another or are one of `inputs`.
    public func check(inputs: [String]) throws(AtomicFile.Failure) { try OutputPlan.check(planned, inputs: inputs) }

    /// Writes the report `result` holds, checking every path against the files it was made from first. The Word
    /// document and the pages, the outputs that take longest to make, are made side by side on every core; the
    /// chart is made only when its turn comes.
    public func write(_ result: ReportJob.Result) throws -> Written {
        let planned = self.planned
        let rendered = result.rendered
        let report = result.report
        let named = Set(given.compactMap { $0 } + (chart.map { [$0] } ?? []))
        let byteOrderMark = self.byteOrderMark
        let paged = pages || report.comparison.countries.count > ReportPages.threshold
        let pageList = paged ? ReportPages.pages(of: report) : []
        // The Word document beside runs of pages, a few runs per core so that the cores finish together.
        let size = max(1, pageList.count / (2 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let runs = stride(from: 0, to: pageList.count, by: size).map { Array(pageList[$0..<min($0 + size, pageList.count)]) }
        let made = Parallel.map([nil] + runs) { run -> Result<[[UInt8]], XMLFailure> in
            Result { () throws(XMLFailure) in
                guard let run else { return [try WordReport.bytes(report)] }
                return try ReportPages.render(run, xml: rendered.xml)
            }
        }
        let word = try made[0].get()[0]
        let pageBytes = try made.dropFirst().flatMap { try $0.get() }
        let renderers: [() throws -> [UInt8]] = [
            { rendered.xml }, { rendered.html }, { Array(rendered.markdown.utf8) },
            { Array(((byteOrderMark ? ReportCSV.byteOrderMark : "") + rendered.csv).utf8) }, { word },
        ]
        var outputs = zip(planned, renderers).map { OutputPlan.Pending(path: $0, named: named.contains($0), render: $1) }
        if let chart {
            outputs.append(
                OutputPlan.Pending(path: chart, named: true) {
                    let rows = ComparisonChart(report)
                    guard !chart.lowercased().hasSuffix(".csv") else { return Array(ChartCSV.render(rows).utf8) }
                    return try ChartDocx.bytes(rows, tool: report.tool)
                })
        }
        let htmlFolder = URL(fileURLWithPath: planned[1]).deletingLastPathComponent().path
        let inFolder = { (path: String) in "\(htmlFolder)/\(path)" }
        for (page, bytes) in zip(pageList, pageBytes) {
            outputs.append(OutputPlan.Pending(path: inFolder(page.path), named: named.contains(inFolder(page.path))) { bytes })
        }
        outputs += (result.timelines + result.histories).map { page in
            OutputPlan.Pending(path: inFolder(page.path), named: named.contains(inFolder(page.path))) { page.bytes }
        }
        let comparison = report.comparison
        let inputs =
            comparison.countries.flatMap { [$0.old.edition.source.path, $0.new.edition.source.path] }
            + comparison.countryChanges.map(\.path) + comparison.notCompared.map(\.path) + report.noteSources.map(\.path)
        try OutputPlan.stream(outputs, inputs: inputs)
        return Written(
            paths: outputs.map(\.path), paged: paged, timelines: result.timelines.count, histories: result.histories.count,
            htmlFolder: htmlFolder)
    }
}
