/// `tipdiff diff`: what changed between two editions or two year folders; exit 0 same, 1 different, 2 trouble.
import ArgumentParser
import Foundation
import TIPDiff
import TIPModel
import TIPParsing

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two editions (or two year folders): exit 0 when nothing changed, 1 when something did, 2 on trouble.")

    @Argument(help: "The older edition or year folder.")
    var old: String

    @Argument(help: "The newer edition or year folder.")
    var new: String

    @Option(help: "Output format: text (a redline), json or markdown.")
    var format: DiffFormat = .text

    func run() throws {
        let loader = EditionLoader()
        let oldEditions = try loader.editions(at: old)
        let newEditions = try loader.editions(at: new)
        let differ = Differ()
        let result: FolderDiff
        if oldEditions.count == 1 && newEditions.count == 1 && !isFolder(old) && !isFolder(new) {
            result = FolderDiff(editions: [differ.diff(oldEditions[0], newEditions[0])], countries: [])
        } else {
            result = differ.diff(folder: oldEditions, newEditions, countryKey: try CountryMatching.key())
        }
        switch format {
        case .text: Output.write(DiffRendering.redline(result, style: Terminal.wantsColour ? .colour : .plain))
        case .json: Output.write(try JSON.encode(DiffDocument(result)))
        case .markdown: Output.write(DiffRendering.markdown(result))
        }
        if !result.changes.isEmpty { throw ExitCode(1) }
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// Whether standard output is a terminal that wants colour (NO_COLOR unset).
enum Terminal {
    static var wantsColour: Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
