import ArgumentParser
import TIPModel
import TIPParsing
import TIPReportsFolder
import TIPStatistics
import TIPSupport

/// `tipdiff stats`: every figure of an edition or a year folder, with what it counts.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "List every statistic in an edition or a year folder, with its key, unit and what it counts.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv }

    @Argument(help: "A narrative (.txt or .html) or a folder of them.")
    var path: String

    @Option(help: Format.help("json: a folder gives an array, a file one object"))
    var format: Format = .text

    @OptionGroup var tables: DataOptions

    func run() throws {
        let editions = try ReportsFolder(data: tables.data).loader(warn: { Output.warn($0.description) }).editions(at: path)
        let extractor = StatisticsExtractor()
        // Each edition's figures on every core, in the folder's order.
        let rows = Parallel.map(editions) { ($0, extractor.statistics(in: $0)) }
        switch format {
        case .text:
            Output.write(StatisticsText.render(rows))
        case .json:
            let documents = rows.map {
                StatisticsDocument(country: $0.country, reportYear: $0.reportYear, source: $0.source, statistics: $1)
            }
            Output.write(try Paths.isFolder(path) ? JSON.encode(documents) : JSON.encode(documents[0]))
        case .csv:
            Output.writeDocument(StatisticsCSV.render(rows))
        }
    }
}
