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
        /// The file split.
        public var file: String
        /// Each narrative met, in the report's order.
        public var narratives: [Outcome]
        public var year: Int

        /// How many narratives were written.
        public var written: Int { narratives.filter { if case .written = $0 { true } else { false } }.count }
    }

    /// What became of one narrative of the file.
    public enum Outcome: Sendable {
        /// Written to `path`; it starts on `line` of the file; `named` when the alias table knows its country.
        case written(path: String, line: Int, named: Bool)
        /// Left out: a second heading for a country already written, on `line`.
        case repeated(country: String, line: Int)
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
        var outcomes: [Outcome] = []
        var written = Set<String>()
        do {
            for narrative in narratives {
                let name = narrative.country ?? narrative.heading
                let slug = CountryKey.fileName(name)
                guard written.insert(slug).inserted else {
                    outcomes.append(.repeated(country: name, line: narrative.line))
                    continue
                }
                let path = "\(folder)/\(slug).txt"
                try yearFolder.write(Array(narrative.text.utf8), to: path)
                outcomes.append(.written(path: path, line: narrative.line, named: narrative.country != nil))
            }
            try yearFolder.commit()
        } catch {
            yearFolder.discard()
            throw error
        }
        return Result(file: file, narratives: outcomes, year: year)
    }
}
