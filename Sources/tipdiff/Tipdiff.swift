/// The `tipdiff` command: wires the engine's parsing, statistics and diffing to the command line.
import ArgumentParser
import Foundation
import TIPAnnotations
import TIPModel
import TIPTiers

@main
struct Tipdiff: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tipdiff",
        abstract: "Parse, compare and report on Trafficking in Persons report editions.",
        version: version,
        subcommands: [
            ReportCommand.self, ParseCommand.self, StatsCommand.self, DiffCommand.self, AnnotateCommand.self, TiersCommand.self,
            TimelineCommand.self, SplitCommand.self,
        ])

    /// Runs the command; trouble of any kind exits with status 2, as diff(1) does.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as EditionError {
            fail(error.description)
        } catch let error as AnnotationError {
            fail(error.description)
        } catch let error as AtomicFile.Failure {
            fail(error.description)
        } catch let error as TierDataError {
            fail(error.description)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Self.exit(withError: error)
            }
            fail(fullMessage(for: error))
        }
    }

    /// Reports trouble on standard error and exits with status 2.
    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(2)
    }
}
