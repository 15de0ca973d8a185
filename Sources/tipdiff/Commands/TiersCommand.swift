import ArgumentParser
import Foundation
import TIPModel
import TIPReportsFolder
import TIPTierTables

/// `tipdiff tiers`: placements of every country in two years, or one country's history.
struct TiersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiers",
        abstract: "Compare two years of tier placements, or show one country's placement history.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, markdown }

    /// Read as words and checked in `run()`: the parser validates before it refuses unknown options, so the
    /// value of one (`--formt json`) lands here and must not hide the option behind "not a year".
    @Argument(help: "Two report years to compare (e.g. 2023 2024).")
    var years: [String] = []

    @Option(help: "A country whose history to show (any name the alias table knows).")
    var country: String?

    @OptionGroup var tables: DataOptions

    @Option(help: "The folder of editions, for placements the narratives state.")
    var reports = "Reports"

    @Option(help: Format.help())
    var format: Format = .text

    func run() throws {
        if country == nil && years.count != 2 { throw UsageError(message: "give two years (tipdiff tiers 2023 2024) or --country NAME") }
        if country != nil && !years.isEmpty { throw UsageError(message: "give either two years or --country, not both") }
        let table = try TierData.table(folder: tables.data)
        if let country {
            let folder = try ReportsFolder(root: reports, data: tables.data)
            guard let name = table.aliases.canonical(country) else {
                throw TierDataError.unknownCountry(country, suggestions: folder.suggestions(for: country))
            }
            let editions = try folder.editions(of: name)
                .map { (year: $0.reportYear ?? 0, tier: $0.tier.placement, path: $0.source.path) }
            let history = TierHistory(country: name, table: table, editions: editions)
            switch format {
            case .text: Output.write(TierHistoryText.render(history))
            case .json: Output.write(try JSON.encode(history))
            case .csv: Output.writeDocument(TierHistoryCSV.render(history))
            case .markdown: Output.write(TierHistoryMarkdown.render(history))
            }
            return
        }
        let numbers = try years.map { word throws(UsageError) in
            guard let year = Int(word) else { throw UsageError(message: "'\(word)' is not a year (tipdiff tiers 2023 2024)") }
            return year
        }
        let comparison = try TierComparison(table, from: numbers[0], to: numbers[1])
        switch format {
        case .text: Output.write(TierComparisonText.render(comparison))
        case .json: Output.write(try JSON.encode(comparison))
        case .csv: Output.writeDocument(TierComparisonCSV.render(comparison))
        case .markdown: Output.write(TierComparisonMarkdown.render(comparison))
        }
        for unknown in table.unknownNames {
            Output.warn(
                Diagnostic(.warning, location: unknown.location, message: "'\(unknown.name)' is not in the alias table; left out")
                    .description)
        }
    }
}
