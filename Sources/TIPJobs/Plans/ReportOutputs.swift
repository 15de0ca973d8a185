import Foundation
import TIPModel
import TIPReport
import TIPSupport
import TIPWord

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

    /// Writes the report `result` holds, checking every path against the files it was made from first.
    public func write(_ result: ReportJob.Result) throws -> Written {
        let planned = self.planned
        let rendered = result.rendered
        let named = Set(given.compactMap { $0 } + (chart.map { [$0] } ?? []))
        let csv = (byteOrderMark ? ReportCSV.byteOrderMark : "") + rendered.csv
        var outputs = [rendered.xml, rendered.html, Array(rendered.markdown.utf8), Array(csv.utf8), try WordReport.bytes(result.report)]
        if let chart {
            let rows = ComparisonChart(result.report)
            outputs.append(
                chart.lowercased().hasSuffix(".csv")
                    ? Array(ChartCSV.render(rows).utf8) : try ChartDocx.bytes(rows, tool: result.report.tool))
        }
        var files = zip(planned, outputs).map { OutputPlan.File(path: $0, bytes: $1, named: named.contains($0)) }
        let htmlFolder = URL(fileURLWithPath: planned[1]).deletingLastPathComponent().path
        let paged = pages || result.report.comparison.countries.count > ReportPages.threshold
        if paged {
            files += try ReportPages.render(result.report, xml: rendered.xml).map {
                OutputPlan.File(path: "\(htmlFolder)/\($0.path)", bytes: $0.bytes, named: named.contains("\(htmlFolder)/\($0.path)"))
            }
        }
        files += (result.timelines + result.histories).map {
            OutputPlan.File(path: "\(htmlFolder)/\($0.path)", bytes: $0.bytes, named: named.contains("\(htmlFolder)/\($0.path)"))
        }
        let comparison = result.report.comparison
        let inputs =
            comparison.countries.flatMap { [$0.old.edition.source.path, $0.new.edition.source.path] }
            + comparison.countryChanges.map(\.path) + comparison.notCompared.map(\.path) + result.report.noteSources.map(\.path)
        try OutputPlan.write(files, inputs: inputs)
        return Written(
            paths: files.map(\.path), paged: paged, timelines: result.timelines.count, histories: result.histories.count,
            htmlFolder: htmlFolder)
    }
}
