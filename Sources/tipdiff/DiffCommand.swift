/// `tipdiff diff`: what changed between two editions or two year folders; exit 0 same, 1 different, 2 trouble.
import ArgumentParser
import TIPArchive
import TIPDiff
import TIPModel
import TIPParsing

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two editions (or two year folders): exit 0 when nothing changed, 1 when something did, 2 on trouble.")

    /// The formats `--format` accepts.
    static let formats: [OutputFormat] = [.text, .json, .csv, .markdown]

    @Argument(help: "The older edition or year folder.")
    var old: String

    @Argument(help: "The newer edition or year folder.")
    var new: String

    @Option(help: OutputFormat.help(DiffCommand.formats, "text is a redline"))
    var format: OutputFormat = .text

    @OptionGroup var tables: DataOptions

    @OptionGroup var selection: SelectionOptions

    func validate() throws { try format.require(Self.formats) }

    func run() throws {
        let folder = try ReportsFolder(data: tables.data)
        let loader = folder.loader(warn: { Output.warn($0.description) })
        let keys = try selection.countryKeys(in: folder)
        let oldEditions = folder.editions(try loader.editions(at: old), of: keys)
        let newEditions = folder.editions(try loader.editions(at: new), of: keys)
        var comparison: Comparison
        if oldEditions.count == 1 && newEditions.count == 1 && !Paths.isFolder(old) && !Paths.isFolder(new) {
            comparison = Comparison(countries: [Differ().compare(oldEditions[0], newEditions[0])])
        } else {
            let table = try? folder.tierTable()
            comparison = Differ().compare(
                folder: oldEditions, newEditions, countryKey: folder.countryKey, placed: { table?.isPlaced($0, in: $1) })
        }
        comparison = comparison.filtered(try selection.filter())
        switch format {
        case .html: preconditionFailure("validate() refuses --format html here")
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
