import ArgumentParser
import Foundation
import TIPJobs
import TIPModel
import TIPParsing
import TIPSupport
import TIPTierTables

/// `tipdiff split`: a whole report's text into one narrative file per country.
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

    @Flag(help: "Replace narratives that already exist in OUT/YEAR/.")
    var force = false

    func validate() throws {
        // The report has appeared every year since 2001.
        guard (2001...2100).contains(year) else { throw ValidationError("--year \(year) is not a report year (2001 or later)") }
    }

    func run() throws {
        let aliases = try TierData.aliases(folder: tables.data)
        let bytes: [UInt8]
        do { bytes = try InputFile.read(file, limit: 256 << 20) } catch { throw EditionError(error, path: file) }
        if bytes.starts(with: Array("%PDF-".utf8)) {
            throw EditionError.undecodable(
                SourceLocation(path: file), reason: "a PDF: import it with tipdiff import \(file) --year \(year)")
        }
        let text = try EditionLoader.decode(bytes, path: file)
        let narratives = NarrativeSplitter(canonical: { aliases.canonical($0) }).narratives(in: text)
        guard !narratives.isEmpty else { throw EditionError.noNarrative(SourceLocation(path: file)) }
        let folder = "\(out)/\(year)"
        let yearFolder = try YearFolder.prepare(
            folder, files: narratives.map { "\(folder)/\(CountryKey.fileName($0.country ?? $0.heading)).txt" }, inputs: [file], force: force
        )
        var lines: [String] = []
        var written = Set<String>()
        do {
            for narrative in narratives {
                let name = narrative.country ?? narrative.heading
                let slug = CountryKey.fileName(name)
                guard written.insert(slug).inserted else {
                    lines.append("  skipped \(file):\(narrative.line): a second heading for \(name)")
                    continue
                }
                let path = "\(folder)/\(slug).txt"
                try yearFolder.write(Array(narrative.text.utf8), to: path)
                lines.append("  \(path)  (\(file):\(narrative.line)\(narrative.country == nil ? ", name not in the alias table" : ""))")
            }
            try yearFolder.commit()
        } catch {
            yearFolder.discard()
            throw error
        }
        Output.write("wrote \(written.count) narratives for \(year):\n" + lines.joined(separator: "\n"))
    }
}
