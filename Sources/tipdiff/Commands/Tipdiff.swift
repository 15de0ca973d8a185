import ArgumentParser
import Foundation
import TIPJobs
import TIPModel

/// The `tipdiff` command: wires the engine's parsing, statistics and diffing to the command line.
@main
struct Tipdiff: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tipdiff",
        abstract: "Parse, compare and report on Trafficking in Persons report editions.",
        version: version,
        subcommands: [
            ReportCommand.self, ParseCommand.self, StatsCommand.self, DiffCommand.self, AnnotateCommand.self, TiersCommand.self,
            TimelineCommand.self, HistoryCommand.self, LedgerCommand.self, RestatementsCommand.self, TermsCommand.self, SplitCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            ReviewCommand.self,
        ])

    /// Runs the command; trouble of any kind exits with status 2, as diff(1) does.
    static func main() async {
        var path = "tipdiff"
        do {
            path = try CommandLookup.check(Array(CommandLine.arguments.dropFirst()), root: Self.self)
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            finish(with: error, command: path)
        }
    }

    /// Exits as `error` asks: a status the command chose (1: the inputs differ), a diagnostic and status 2,
    /// or the argument parser's own message (help and version exit 0), an unknown option named as one of
    /// `command`'s.
    private static func finish(with error: Error, command: String) -> Never {
        if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
        let message: String
        if case .wholeReport(let location, let narratives) = error as? EditionError {
            // The library says what the file is; the command line says what to do with it.
            message =
                Diagnostic(location: location, message: "a whole report (\(narratives) country narratives): import it with tipdiff import")
                .description
        } else if case .tooManyPages(let location, let reason) = error as? EditionError {
            message = Diagnostic(location: location, message: reason + ": give --pages A-B for a part").description
        } else if let occupied = error as? YearFolder.Occupied {
            let narratives = "\(occupied.count) narrative\(occupied.count == 1 ? "" : "s")"
            message =
                Diagnostic(
                    location: SourceLocation(path: occupied.path),
                    message: "cannot write: \(narratives) already in \(occupied.folder); give --force to replace them"
                ).description
        } else if let diagnostic = error as? DiagnosticError {
            message = diagnostic.description
        } else {
            if exitCode(for: error) == .success { Self.exit(withError: error) }
            message = CommandLookup.unknownOption(in: fullMessage(for: error), command: command)
        }
        Output.warn(message)
        Foundation.exit(2)
    }
}
