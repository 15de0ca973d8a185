import Foundation
import TIPModel
import TIPParsing
import TIPSupport
import TIPTierTables

/// `split` as one call: a text that holds several country narratives (a copied report, a saved page's text)
/// cut at its country headings into a year folder, all at once; a second heading for a country is skipped.
public struct SplitJob: Sendable {
    /// The file is a PDF, which `split` does not read (the command line says what does).
    public struct PDFGiven: Error {
        public var path: String
    }

    /// What the split wrote: each narrative's path and the line of the source it starts on, or why it was skipped.
    public struct Result: Sendable {
        public var lines: [String]
        public var written: Int
        public var year: Int
    }

    public var file: String
    public var year: Int
    /// The folder the year folder goes in.
    public var out: String
    public var force = false
    public var aliases: CountryAliases

    public init(file: String, year: Int, out: String, aliases: CountryAliases) {
        (self.file, self.year, self.out, self.aliases) = (file, year, out, aliases)
    }

    public func run() throws -> Result {
        let aliases = self.aliases
        let bytes: [UInt8]
        do { bytes = try InputFile.read(file, limit: 256 << 20) } catch { throw EditionError(error, path: file) }
        if bytes.starts(with: Array("%PDF-".utf8)) { throw PDFGiven(path: file) }
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
        return Result(lines: lines, written: written.count, year: year)
    }
}
