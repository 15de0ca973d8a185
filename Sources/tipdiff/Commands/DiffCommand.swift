import ArgumentParser
import TIPDiff
import TIPJobs
import TIPModel
import TIPReportsFolder

/// `tipdiff diff`: what changed between two editions or two year folders; exit 0 same, 1 different, 2 trouble.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two editions (or two year folders): exit 0 when nothing changed, 1 when something did, 2 on trouble.")

    /// The formats `--format` accepts.
    enum Format: String, OutputFormat { case text, json, csv, markdown }

    @Argument(help: "The older edition or year folder.")
    var old: String

    @Argument(help: "The newer edition or year folder.")
    var new: String

    @Option(help: Format.help("text is a redline"))
    var format: Format = .text

    @OptionGroup var tables: DataOptions

    @OptionGroup var selection: SelectionOptions

    func run() throws {
        let folder = try ReportsFolder(data: tables.data)
        var job = DiffJob(folder: folder, warn: { Output.warn($0.description) })
        job.selection = try selection.countries(in: folder)
        job.filter = try selection.filter()
        let comparison = try job.run(old: old, new: new)
        switch format {
        case .text:
            let colour = Terminal.wantsColour
            Output.write(Redline.render(comparison, style: colour ? .colour : .plain), keepingColour: colour)
        case .json: Output.write(try JSON.encode(DiffDocument(comparison)))
        case .csv: Output.writeDocument(ChangesCSV.render(comparison))
        case .markdown: Output.write(DiffMarkdown.render(comparison))
        }
        if comparison.changeCount > 0 { throw ExitCode(1) }
    }
}
