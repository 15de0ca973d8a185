/// `tipdiff timeline`: one country across every edition in Reports/.
import ArgumentParser
import Foundation
import TIPArchive
import TIPModel
import TIPSeries
import TIPTiers

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Follow a country through every edition: tier, verdicts, statistics as series, recommendations, consistency.")

    /// The formats `--format` accepts.
    static let formats: [OutputFormat] = [.text, .json, .csv, .markdown, .html]

    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "The country to follow.")
    var country: String

    @OptionGroup var tables: DataOptions

    @Option(help: OutputFormat.help(TimelineCommand.formats, "html: a page with the tier history and each figure as charts"))
    var format: OutputFormat = .text

    func validate() throws { try format.require(Self.formats) }

    func run() throws {
        let folder = try ReportsFolder(root: path, data: tables.data)
        let table = try folder.tierTable()
        guard let name = table.aliases.canonical(country) else {
            throw TierDataError.unknownCountry(country, suggestions: folder.suggestions(for: country))
        }
        let editions = try folder.editions(of: name)
        guard !editions.isEmpty else { throw TierDataError.noData("no editions of \(name) under \(path)/<year>/") }
        let timeline = Timeline(country: name, editions: editions, table: table)
        switch format {
        case .text: Output.write(timeline.text)
        case .json: Output.write(try JSON.encode(timeline))
        case .csv: Output.writeDocument(timeline.csv)
        case .markdown: Output.write(timeline.markdown)
        case .html: Output.writeDocument(timeline.html(tierHistory: table.history(of: name)))
        }
    }
}
