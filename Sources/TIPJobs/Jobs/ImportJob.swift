import Foundation
import TIPModel
import TIPPDF
import TIPParsing
import TIPSupport
import TIPTierTables

/// `import` as one call: a year's report PDF, or the PDFs of a year published in parts, read into country
/// narratives and written into a year folder all at once, each read back for the tier it states.
public struct ImportJob: Sendable {
    /// What the import read and wrote.
    public struct Result: Sendable {
        /// What was read: one file, or a year's parts.
        public var source: Source
        public var text: PDFText
        public var found: ReportNarratives
        /// Each narrative written, with its path and the tier it states, in the report's order.
        public var written: [(narrative: ReportNarratives.Narrative, path: String, tier: Tier)]
        /// The year folder.
        public var folder: String
        public var year: Int
    }

    /// What an import reads from.
    public enum Source: Sendable {
        /// One PDF, `file`, of which the pages of the result's text were read.
        case file(String)
        /// A year published in parts, joined in the report's order.
        case parts(ReportParts)
    }

    /// The report's PDF, or its parts in the report's order.
    public var files: [String]
    public var year: Int
    /// The year folder to write.
    public var folder: String
    /// Only these pages (from 1) of a single PDF.
    public var pages: ClosedRange<Int>?
    /// Replace narratives already in the folder.
    public var force = false
    public var aliases: CountryAliases
    /// Where warnings go, as they arise: the PDF's damage and garbage first, then each narrative's suspicion.
    public var warn: @Sendable (Diagnostic) -> Void

    public init(
        files: [String], year: Int, folder: String, aliases: CountryAliases, warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }
    ) {
        (self.files, self.year, self.folder, self.aliases, self.warn) = (files, year, folder, aliases, warn)
    }

    public func run() throws -> Result {
        let aliases = self.aliases
        let text: PDFText
        let found: ReportNarratives
        let source: Source
        if files.count == 1 {
            let file = files[0]
            text = try PDFEdition.text(ofReportAt: file, pages: pages)
            PDFEdition.warnings(text, path: file).forEach(warn)
            found = ReportNarratives(text, canonical: { aliases.canonical($0) })
            guard !found.narratives.isEmpty else {
                throw EditionError.undecodable(
                    SourceLocation(path: file),
                    reason:
                        "no country narratives found in pages \(text.pages.lowerBound)-\(text.pages.upperBound): is it a Trafficking in Persons report?"
                )
            }
            source = .file(file)
        } else {
            let parts = try ReportParts(paths: files, canonical: { aliases.canonical($0) })
            for part in parts.parts { PDFEdition.warnings(part.text, path: part.path).forEach(warn) }
            (text, found) = (parts.text, parts.found)
            source = .parts(parts)
        }
        let planned = found.narratives.map { "\(folder)/\(CountryKey.fileName($0.country ?? $0.heading)).txt" }
        let yearFolder = try YearFolder.prepare(folder, files: planned, inputs: files, force: force)
        // Each narrative read back as an edition (on every core), for the tier it states.
        let tiers = Parallel.map(Array(zip(found.narratives, planned))) { narrative, path in
            (try? TextImporter().edition(from: narrative.text, path: path, sha256: "", format: .pdf))?.tier.placement ?? .unknown
        }
        for (narrative, path) in zip(found.narratives, planned) {
            if let suspicion = narrative.suspicion { warn(Diagnostic(.warning, location: SourceLocation(path: path), message: suspicion)) }
        }
        do {
            for (narrative, path) in zip(found.narratives, planned) { try yearFolder.write(Array(narrative.text.utf8), to: path) }
            try yearFolder.commit()
        } catch {
            yearFolder.discard()
            throw error
        }
        let written = zip(zip(found.narratives, planned), tiers).map { ($0.0, $0.1, $1) }
        return Result(source: source, text: text, found: found, written: written, folder: folder, year: year)
    }
}
