import ArgumentParser
import Foundation
import TIPJobs
import TIPReportsFolder
import TIPTimelines

/// `tipdiff timeline`: one country across every edition in Reports/.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Follow a country through every edition: tier, verdicts, statistics as series, recommendations, consistency.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, markdown, html }

    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "The country to follow.")
    var country: String

    @OptionGroup var tables: DataOptions

    @Option(help: Format.help("html: a page with the tier history and each figure as charts"))
    var format: Format = .text

    func run() throws {
        let found = try TimelineJob(folder: try ReportsFolder(root: path, data: tables.data)).run(country: country)
        let timeline = found.timeline
        switch format {
        case .text: Output.write(TimelineText.render(timeline))
        case .json: Output.write(try JSON.encode(timeline))
        case .csv: Output.writeDocument(TimelineCSV.render(timeline))
        case .markdown: Output.write(TimelineMarkdown.render(timeline))
        case .html: Output.writeDocument(TimelineHTML.render(timeline, tierHistory: found.tierHistory))
        }
    }
}
