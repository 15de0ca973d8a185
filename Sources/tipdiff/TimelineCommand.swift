/// `tipdiff timeline`: one country across every edition in Reports/.
import ArgumentParser
import Foundation
import TIPModel
import TIPSeries
import TIPTiers

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Follow a country through every edition: tier, verdicts, statistics as series, recommendations, consistency.")

    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "The country to follow.")
    var country: String

    @Option(help: "The folder of tier tables, to check each edition's tier against.")
    var data = "Reports/tiers"

    @Option(help: "Output format: text, json or csv.")
    var format: TableFormat = .text

    func run() throws {
        let table = try TierTable(folder: data)
        guard let name = table.aliases.canonical(country) else {
            throw TierDataError.unknownCountry(country, suggestions: CountryLookup.suggestions(for: country, in: table.aliases))
        }
        let editions = try CountryLookup.editions(of: name, in: path, aliases: table.aliases)
        guard !editions.isEmpty else { throw TierDataError.noData("no editions of \(name) under \(path)/<year>/") }
        let timeline = Timeline(country: name, editions: editions, table: table)
        switch format {
        case .text: Output.write(timeline.text)
        case .json: Output.write(try JSON.encode(timeline))
        case .csv: Output.write(timeline.csv)
        }
    }
}
