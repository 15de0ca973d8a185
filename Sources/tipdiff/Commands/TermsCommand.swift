import ArgumentParser
import Foundation
import TIPHistory
import TIPJobs
import TIPReportsFolder

/// `tipdiff terms`: how often terms occur per edition and country; with none, what the report stopped saying.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract:
            "Count terms per edition and country (every hit with its sentence); with no terms, the wording dropped or added in many countries."
    )

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, html }

    @Argument(help: "The folder of editions (Reports) if the first is a folder or has a slash, then the terms or phrases to count.")
    var words: [String] = []

    @Option(help: "One country (else every country of the archive).")
    var country: String?

    @OptionGroup var tables: DataOptions

    @Option(help: Format.help("csv: a row per hit, per phrase shift and country, per section length; html: a chart per term"))
    var format: Format = .text

    func run() throws {
        var isFolder: ObjCBool = false
        // A first word with a slash is a path even when it names no folder, so that a mistyped folder is an error.
        let named =
            words.first.map {
                ($0.contains("/")) || (FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue)
            }
            ?? false
        let path = named ? words[0] : "Reports"
        let terms = Array(words.dropFirst(named ? 1 : 0))
        let report = try TermsJob(folder: try ReportsFolder(root: path, data: tables.data)).run(country: country, terms: terms)
        switch format {
        case .text: Output.write(TermsText.render(report))
        case .json: Output.write(try JSON.encode(report))
        case .csv: Output.writeDocument(TermsCSV.render(report))
        case .html: Output.writeDocument(TermsHTML.render(report))
        }
    }
}
