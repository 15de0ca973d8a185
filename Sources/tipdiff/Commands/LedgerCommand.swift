import ArgumentParser
import TIPHistory
import TIPJobs
import TIPReportsFolder

/// `tipdiff ledger`: every prioritized recommendation across the archive, year by year.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "List every prioritized recommendation across the editions: first printed, repeated, reworded, dropped.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, html }

    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "One country (else every country of the archive).")
    var country: String?

    @OptionGroup var tables: DataOptions

    @Option(help: Format.help("csv: a row per country, recommendation and year, with the evidence sentences; html: a table per country"))
    var format: Format = .text

    func run() throws {
        let ledger = try LedgerJob(folder: try ReportsFolder(root: path, data: tables.data)).run(country: country)
        switch format {
        case .text: Output.write(LedgerText.render(ledger))
        case .json: Output.write(try JSON.encode(ledger))
        case .csv: Output.writeDocument(LedgerCSV.render(ledger))
        case .html: Output.writeDocument(LedgerHTML.render(ledger))
        }
    }
}
