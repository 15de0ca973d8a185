/// The `tipdiff` command: wires the engine's parsing, statistics and diffing to the command line.
import ArgumentParser
import Foundation

@main
struct Tipdiff: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tipdiff",
        abstract: "Parse, compare and report on Trafficking in Persons report editions.",
        version: version,
        subcommands: [ParseCommand.self, StatsCommand.self, DiffCommand.self, AnnotateCommand.self])

    /// Runs the command; trouble of any kind exits with status 2, as diff(1) does.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Self.exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
