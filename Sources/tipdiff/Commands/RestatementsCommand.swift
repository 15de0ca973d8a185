import ArgumentParser
import TIPHistory
import TIPJobs
import TIPReportsFolder

/// `tipdiff restatements`: every figure restated for an earlier year, checked against the edition that reported it.
struct RestatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restatements",
        abstract: "Check every figure an edition restates for an earlier year against the edition that reported it.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, html }

    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "One country (else every country of the archive).")
    var country: String?

    @OptionGroup var tables: DataOptions

    @Option(help: Format.help("csv: a row per check, both values, quotes and editions; html: a table per country"))
    var format: Format = .text

    func run() throws {
        let audit = try RestatementsJob(folder: try ReportsFolder(root: path, data: tables.data)).run(country: country)
        switch format {
        case .text: Output.write(RestatementText.render(audit))
        case .json: Output.write(try JSON.encode(audit))
        case .csv: Output.writeDocument(RestatementCSV.render(audit))
        case .html: Output.writeDocument(RestatementHTML.render(audit))
        }
    }
}
