import ArgumentParser
import TIPHistory
import TIPJobs

/// `tipdiff restatements`: every figure restated for an earlier year, checked against the edition that reported it.
struct RestatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restatements",
        abstract: "Check every figure an edition restates for an earlier year against the edition that reported it.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, html }

    @OptionGroup var archive: ArchiveOptions

    @Option(help: Format.help("csv: a row per check, both values, quotes and editions; html: a table per country"))
    var format: Format = .text

    func run() throws {
        let audit = try RestatementsJob(folder: try archive.folder()).run(country: archive.country)
        switch format {
        case .text: Output.write(RestatementText.render(audit))
        case .json: Output.write(try JSON.encode(audit))
        case .csv: Output.writeDocument(RestatementCSV.render(audit))
        case .html: Output.writeDocument(RestatementHTML.render(audit))
        }
    }
}
