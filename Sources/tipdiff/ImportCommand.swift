import ArgumentParser
import Foundation
import TIPModel
import TIPPDF
import TIPParsing
import TIPSupport
import TIPTierTables

/// `tipdiff import`: a whole year's report PDF into a year folder of country narratives.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the report's PDF: one narrative per country into a year folder (Reports/YEAR by default).")

    @Argument(help: "The report's PDF, or the PDFs of a year published in parts, in the report's order.")
    var files: [String]

    @Option(help: "The report's year.")
    var year: Int

    @Option(help: "The year folder to write (default: Reports/YEAR).")
    var out: String?

    @Option(help: "Only these pages, as A-B (from 1); of one PDF only.")
    var pages: PageRange?

    @OptionGroup var tables: DataOptions

    @Flag(help: "Replace narratives that already exist in the folder.")
    var force = false

    func validate() throws {
        guard (2001...2100).contains(year) else { throw ValidationError("--year \(year) is not a report year (2001 or later)") }
        guard !files.isEmpty else { throw ValidationError("give the report's PDF, or its parts in the report's order") }
        if files.count > 1 {
            guard pages == nil else {
                throw ValidationError("--pages reads part of one PDF; with the \(files.count) parts of a year, give the parts alone")
            }
            var seen: [String: String] = [:]
            for file in files {
                let resolved = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
                if let earlier = seen[resolved] {
                    throw ValidationError("\(file) is given twice\(earlier == file ? "" : " (as \(earlier) too)"): give each part once")
                }
                seen[resolved] = file
            }
        }
    }

    func run() throws {
        let started = Date()
        let aliases = try TierData.aliases(folder: tables.data)
        let text: PDFText
        let found: ReportNarratives
        let read: String
        let pagesOf: (ClosedRange<Int>) -> String
        if files.count == 1 {
            let file = files[0]
            text = try PDFEdition.text(ofReportAt: file, pages: pages?.range)
            for warning in PDFEdition.warnings(text, path: file) { Output.warn(warning.description) }
            found = ReportNarratives(text, canonical: { aliases.canonical($0) })
            guard !found.narratives.isEmpty else {
                throw EditionError.undecodable(
                    SourceLocation(path: file),
                    reason:
                        "no country narratives found in pages \(text.pages.lowerBound)-\(text.pages.upperBound): is it a Trafficking in Persons report?"
                )
            }
            read = "\(file): pages \(text.pages.lowerBound)-\(text.pages.upperBound) (\(text.pages.count) pages)"
            pagesOf = { $0.count == 1 ? "page \($0.lowerBound)" : "pages \($0.lowerBound)-\($0.upperBound)" }
        } else {
            let parts = try ReportParts(paths: files, canonical: { aliases.canonical($0) })
            for part in parts.parts {
                for warning in PDFEdition.warnings(part.text, path: part.path) { Output.warn(warning.description) }
            }
            (text, found) = (parts.text, parts.found)
            read = Self.partsRead(parts)
            pagesOf = { parts.describe($0) }
        }
        let folder = out ?? "Reports/\(year)"
        let planned = found.narratives.map { "\(folder)/\(CountryKey.fileName($0.country ?? $0.heading)).txt" }
        let yearFolder = try YearFolder.prepare(folder, files: planned, inputs: files, force: force)
        // Each narrative read back as an edition (on every core), for the tier it states.
        let tiers = Parallel.map(Array(zip(found.narratives, planned))) { narrative, path in
            (try? TextImporter().edition(from: narrative.text, path: path, sha256: "", format: .pdf))?.tier.placement ?? .unknown
        }
        var lines: [String] = []
        for (narrative, path) in zip(found.narratives, planned) {
            if let suspicion = narrative.suspicion {
                Output.warn(Diagnostic(.warning, location: SourceLocation(path: path), message: suspicion).description)
            }
        }
        do {
            for (narrative, path) in zip(found.narratives, planned) { try yearFolder.write(Array(narrative.text.utf8), to: path) }
            try yearFolder.commit()
        } catch {
            yearFolder.discard()
            throw error
        }
        for ((narrative, path), tier) in zip(zip(found.narratives, planned), tiers) {
            lines.append(
                "  \(path)  \(tier.rawValue), \(pagesOf(narrative.pages))\(narrative.country == nil ? " (name not in the alias table)" : "")"
            )
        }
        for skipped in found.skipped {
            lines.append(
                "  skipped \"\(skipped.heading.replacingOccurrences(of: "\n", with: " "))\" on \(pagesOf(skipped.page...skipped.page)): \(skipped.reason)"
            )
        }
        let seconds = Date().timeIntervalSince(started)
        Output.write(
            """
            read \(read) in \(String(format: "%.1f", seconds)) s; \
            \(text.furnitureRemoved) running heads, feet and page numbers, \(Self.count(text.footnoteLinesRemoved, "footnote line")) and \
            \(Self.count(text.markersRemoved, "marker")) left out\
            \(text.captionLinesRemoved > 0 ? "; \(Self.count(text.captionLinesRemoved, "caption line")) left out" : "")\
            \(text.overprinted == 0 ? "" : "; \(Self.count(text.overprinted, "glyph")) printed twice over read once")\(Self.asideSummary(text.aside))
            wrote \(found.narratives.count) narrative\(found.narratives.count == 1 ? "" : "s") for \(year) to \(folder):
            \(lines.joined(separator: "\n"))
            """)
    }
}

extension ImportCommand {
    /// "1 marker", "2 markers".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// "3 parts: a.pdf pages 1-9, b.pdf pages 2-8 (page 1 its front matter), c.pdf pages 3-8 (pages 1-2
    /// its front matter); 21 pages", the pages of each part that were read as the year's.
    static func partsRead(_ parts: ReportParts) -> String {
        let each = parts.parts.map { part -> String in
            let read = part.text.pages
            let kept = (read.lowerBound + part.frontMatter)...read.upperBound
            let front =
                part.frontMatter == 0
                ? ""
                : part.frontMatter == 1
                    ? " (page \(read.lowerBound) its front matter)"
                    : " (pages \(read.lowerBound)-\(kept.lowerBound - 1) its front matter)"
            return "\(part.path) pages \(kept.lowerBound)-\(kept.upperBound)\(front)"
        }
        return "\(parts.parts.count) parts: \(each.joined(separator: ", ")); \(parts.text.pages.count) pages"
    }
}

extension ImportCommand {
    /// "; 15 side texts across the reading direction left out (AFGHANISTAN 5, ALBANIA 5, ALGERIA 5)", each
    /// text with how often it came, in the order met; empty when there were none.
    static func asideSummary(_ aside: [AsideText]) -> String {
        guard !aside.isEmpty else { return "" }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for text in aside {
            if counts[text.text] == nil { order.append(text.text) }
            counts[text.text, default: 0] += 1
        }
        let listed = order.map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
        return "; \(aside.count) side text\(aside.count == 1 ? "" : "s") across the reading direction left out (\(listed))"
    }
}

/// Pages as `A-B` (or one page, `A`).
struct PageRange: ExpressibleByArgument {
    var range: ClosedRange<Int>

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = Int(parts[0]), let last = Int(parts.last!), first >= 1, last >= first else {
            return nil
        }
        range = first...last
    }
}
