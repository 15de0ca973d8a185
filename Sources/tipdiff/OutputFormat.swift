/// The output formats, named the same in every command; each command accepts the ones that make sense for it.
import ArgumentParser
import TIPTiers

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown, html

    /// Refuses a format the command does not write.
    func require(_ allowed: [OutputFormat]) throws {
        guard allowed.contains(self) else {
            throw ValidationError("--format \(rawValue) is not available here: use \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
