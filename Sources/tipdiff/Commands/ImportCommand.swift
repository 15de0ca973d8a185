import ArgumentParser
import Foundation
import TIPJobs
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
        var job = ImportJob(
            files: files, year: year, folder: out ?? "Reports/\(year)", aliases: try TierData.aliases(folder: tables.data),
            warn: { Output.warn($0.description) })
        (job.pages, job.force) = (pages?.range, force)
        let result = try job.run()
        Output.write(ImportSummary.render(result, seconds: Date().timeIntervalSince(started)))
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
