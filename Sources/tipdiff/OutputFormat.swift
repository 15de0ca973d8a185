/// The output formats, named the same in every command; each command accepts the ones that make sense for it.
import ArgumentParser
import TIPTiers

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, markdown, html

    /// None: the parser would list all five under every command's `--format`; each command's help lists
    /// the formats it accepts instead (`help(_:)`).
    static var allValueStrings: [String] { [] }

    /// The help of a command's `--format`: the formats it accepts (`allowed`, the default first), with a
    /// note on what they give.
    static func help(_ allowed: [OutputFormat], _ note: String = "") -> ArgumentHelp {
        let names = allowed.map(\.rawValue)
        let list =
            names.count <= 2 ? names.joined(separator: " or ") : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
        return ArgumentHelp("Output format: \(list)\(note.isEmpty ? "" : " (\(note))").", valueName: names.joined(separator: "|"))
    }

    /// Refuses a format the command does not write.
    func require(_ allowed: [OutputFormat]) throws {
        guard allowed.contains(self) else {
            throw ValidationError("--format \(rawValue) is not available here: use \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
