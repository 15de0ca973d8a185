import ArgumentParser
import Foundation
import TIPJobs
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
        let job = TiersJob(data: tables.data)
        if let country {
            let history = try job.history(of: country, reports: reports)
            switch format {
            case .text: Output.write(TierHistoryText.render(history))
            case .json: Output.write(try JSON.encode(history))
            case .csv: Output.writeDocument(TierHistoryCSV.render(history))
            case .markdown: Output.write(TierHistoryMarkdown.render(history))
            }
            return
        }
        let found = try job.compare(from: try Self.year(years[0]), to: try Self.year(years[1]))
        switch format {
        case .text: Output.write(TierComparisonText.render(found.comparison))
        case .json: Output.write(try JSON.encode(found.comparison))
        case .csv: Output.writeDocument(TierComparisonCSV.render(found.comparison))
        case .markdown: Output.write(TierComparisonMarkdown.render(found.comparison))
        }
        for warning in found.warnings { Output.warn(warning.description) }
    }

    /// A year given as a word.
    private static func year(_ word: String) throws(UsageError) -> Int {
        guard let year = Int(word) else { throw UsageError(message: "'\(word)' is not a year (tipdiff tiers 2023 2024)") }
        return year
    }
}
