/// `tipdiff split`: a whole report's text into one narrative file per country.
import ArgumentParser
import Foundation
import TIPModel
import TIPParsing
import TIPTiers

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split a whole report's text (e.g. from pdftotext) into one file per country, by its headings.")

    @Argument(help: "The report's text.")
    var file: String

    @Option(help: "The report's year (the files go to OUT/YEAR/).")
    var year: Int

    @Option(help: "Where to write (a Reports folder).")
    var out: String

    @OptionGroup var tables: DataOptions

    func run() throws {
        let aliases = try TierData.aliases(folder: tables.data)
        guard let bytes = FileManager.default.contents(atPath: file) else { throw EditionError.missing(SourceLocation(path: file)) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw EditionError.notUTF8(SourceLocation(path: file)) }
        let narratives = NarrativeSplitter(canonical: { aliases.canonical($0) }).narratives(in: text)
        guard !narratives.isEmpty else { throw EditionError.noNarrative(SourceLocation(path: file)) }
        let folder = "\(out)/\(year)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var lines: [String] = []
        var written = Set<String>()
        for narrative in narratives {
            let name = narrative.country ?? narrative.heading
            let slug = CountryKey.fileName(name)
            guard written.insert(slug).inserted else {
                lines.append("  skipped \(file):\(narrative.line): a second heading for \(name)")
                continue
            }
            let path = "\(folder)/\(slug).txt"
            try AtomicFile.write(Array(narrative.text.utf8), to: path)
            lines.append("  \(path)  (\(file):\(narrative.line)\(narrative.country == nil ? ", name not in the alias table" : ""))")
        }
        Output.write("wrote \(written.count) narratives for \(year):\n" + lines.joined(separator: "\n"))
    }
}
