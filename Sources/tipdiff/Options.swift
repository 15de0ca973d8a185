/// Options several commands share: where the tier and alias tables are, and the output format.
import ArgumentParser
import TIPTiers

/// `--data`: the tier tables and the alias table.
struct DataOptions: ParsableArguments {
    @Option(help: "The folder of tier tables and the alias table (default: Reports/tiers when present, else the copy built into tipdiff).")
    var data: String?
}

/// The output formats, named the same in every command; each command accepts the ones that make sense for it.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown

    /// Refuses a format the command does not write.
    func require(_ allowed: [OutputFormat]) throws {
        guard allowed.contains(self) else {
            throw ValidationError("--format \(rawValue) is not available here: use \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
