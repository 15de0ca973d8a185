import ArgumentParser
import TIPHistory
import TIPJobs
import TIPReportsFolder

/// `tipdiff history`: every sentence of a country's newest edition traced back through Reports/.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Trace every sentence of a country through the editions: first printed, reworded, moved, dropped; shares per section.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, html }

    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "The country to follow.")
    var country: String

    @OptionGroup var tables: DataOptions

    @Option(help: Format.help("html: the newest narrative with each sentence's age and the dropped sentences where they stood"))
    var format: Format = .text

    func run() throws {
        let history = try HistoryJob(folder: try ReportsFolder(root: path, data: tables.data)).run(country: country)
        switch format {
        case .text: Output.write(HistoryText.render(history))
        case .json: Output.write(try JSON.encode(history))
        case .csv: Output.writeDocument(HistoryCSV.render(history))
        case .html: Output.writeDocument(HistoryHTML.render(history))
        }
    }
}
