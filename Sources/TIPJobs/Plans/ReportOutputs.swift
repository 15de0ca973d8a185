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

    /// Writes the report `result` holds, checking every path against the files it was made from first. Each
    /// output is made when its turn comes and let go once written (the Word document, the chart and each page
    /// are never all in memory at once).
    public func write(_ result: ReportJob.Result) throws -> Written {
        let planned = self.planned
        let rendered = result.rendered
        let report = result.report
        let named = Set(given.compactMap { $0 } + (chart.map { [$0] } ?? []))
        let byteOrderMark = self.byteOrderMark
        let renderers: [() throws -> [UInt8]] = [
            { rendered.xml }, { rendered.html }, { Array(rendered.markdown.utf8) },
            { Array(((byteOrderMark ? ReportCSV.byteOrderMark : "") + rendered.csv).utf8) }, { try WordReport.bytes(report) },
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
        let paged = pages || report.comparison.countries.count > ReportPages.threshold
        if paged {
            // The pages share one parse of the XML, made when the first page's turn comes.
            var document: XMLDocument?
            outputs += ReportPages.pages(of: report).map { page in
                OutputPlan.Pending(path: inFolder(page.path), named: named.contains(inFolder(page.path))) {
                    if document == nil { document = try XMLDocument(bytes: rendered.xml) }
                    return try page.render(from: document!)
                }
            }
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
