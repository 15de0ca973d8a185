import ArgumentParser
import Foundation
import TIPDataset
import TIPJobs
import TIPReportsFolder

/// `tipdiff export`: the whole archive as one SQLite database, and a panel CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every edition, figure, change and note of Reports/ to a SQLite database (and a panel CSV).")

    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "The SQLite database to write (replaced whole; a file that is not a tipdiff dataset is refused).")
    var db: String

    @Option(help: "Also write one row per country and year as CSV.")
    var panel: String?

    @Option(name: .customLong("annotations"), help: "Annotation files or folders (default: every .yaml in Annotations/).")
    var annotations: [String] = []

    @OptionGroup var tables: DataOptions

    func run() throws {
        let started = Date()
        let export = DatasetExport(folder: try ReportsFolder(root: path, data: tables.data), warn: { Output.warn($0.description) })
        let result = try ExportJob(export: export).run(
            database: db, panel: panel, annotations: annotations.isEmpty ? ["Annotations"] : annotations, explicit: !annotations.isEmpty)
        let missing = Dictionary(grouping: result.missing, by: \.year).sorted { $0.key < $1.key }
            .map {
                "\($0.key): \($0.value.count) (\($0.value.prefix(5).map(\.country).joined(separator: ", "))\($0.value.count > 5 ? ", ..." : ""))"
            }
        Output.write(
            """
            exported \(path): \(result.editions) editions (\(result.parsed) read, \(result.reused) unchanged since the last export), \
            \(result.changes) changes, \(result.notes) placed notes in \(String(format: "%.1f", Date().timeIntervalSince(started))) s
            wrote \(db)\(panel.map { " and \($0) (\(result.panel.rows.count) rows)" } ?? "")
            \(missing.isEmpty ? "no country-year the tier tables place is missing" : "missing (placed in the tier tables, no edition): " + missing.joined(separator: "; "))
            """)
    }
}
