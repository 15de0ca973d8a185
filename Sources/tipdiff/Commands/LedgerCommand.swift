import ArgumentParser
import TIPHistory
import TIPJobs

/// `tipdiff ledger`: every prioritized recommendation across the archive, year by year.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "List every prioritized recommendation across the editions: first printed, repeated, reworded, dropped.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, html }

    @OptionGroup var archive: ArchiveOptions

    @Option(help: Format.help("csv: a row per country, recommendation and year, with the evidence sentences; html: a table per country"))
    var format: Format = .text

    func run() throws {
        let ledger = try LedgerJob(folder: try archive.folder()).run(country: archive.country)
        switch format {
        case .text: Output.write(LedgerText.render(ledger))
        case .json: Output.write(try JSON.encode(ledger))
        case .csv: Output.writeDocument(LedgerCSV.render(ledger))
        case .html: Output.writeDocument(LedgerHTML.render(ledger))
        }
    }
}
