/// `tipdiff parse`: an edition (or a year folder) as an outline or as the JSON model.
import ArgumentParser
import Foundation
import TIPModel
import TIPParsing

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse an edition or a year folder of editions into its structure.")

    @Argument(help: "A narrative (.txt or .html) or a folder of them.")
    var path: String

    @Option(help: "Output format: text or json.")
    var format: OutlineFormat = .text

    func run() throws {
        let editions = try EditionLoader().editions(at: path)
        switch format {
        case .text: Output.write(editions.map(Outline.render).joined(separator: "\n"))
        case .json: Output.write(try JSON.encode(editions.count == 1 ? AnyEncodable(editions[0]) : AnyEncodable(editions)))
        }
    }
}

enum OutlineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
