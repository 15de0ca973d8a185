import ArgumentParser
import Foundation
import TIPModel
import TIPParsing
import TIPReportsFolder

/// `tipdiff parse`: an edition (or a year folder) as an outline or as the JSON model.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse an edition or a year folder of editions into its structure.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json }

    @Argument(help: "A narrative (.txt or .html) or a folder of them.")
    var path: String

    @Option(help: Format.help("json: a folder gives an array, a file one object"))
    var format: Format = .text

    @OptionGroup var tables: DataOptions

    func run() throws {
        let editions = try ReportsFolder(data: tables.data).loader(warn: { Output.warn($0.description) }).editions(at: path)
        switch format {
        case .text: Output.write(editions.map(Outline.render).joined(separator: "\n"))
        case .json: Output.write(try Paths.isFolder(path) ? JSON.encode(editions) : JSON.encode(editions[0]))
        }
    }
}
