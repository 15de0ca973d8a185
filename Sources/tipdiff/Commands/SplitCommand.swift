import ArgumentParser
import Foundation
import TIPJobs
import TIPModel
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
        var job = SplitJob(file: file, year: year, out: out, aliases: try TierData.aliases(folder: tables.data))
        job.force = force
        do {
            let result = try job.run()
            Output.write(SplitSummary.render(result))
        } catch let pdf as SplitJob.PDFGiven {
            // The library says what the file is; the command line says what to do with it.
            throw EditionError.undecodable(
                SourceLocation(path: pdf.path), reason: "a PDF: import it with tipdiff import \(pdf.path) --year \(year)")
        }
    }
}
