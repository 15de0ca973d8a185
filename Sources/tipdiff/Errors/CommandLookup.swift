import ArgumentParser
import Foundation
import TIPModel
import TIPSupport

/// Subcommand names checked before the argument parser sees them: a mistyped one (`tipdiff reprot`), or
/// `help` of one that does not exist, is refused with the nearest name.
enum CommandLookup {
    /// The command `arguments` call (`tipdiff annotate check`). Throws when a word in a subcommand's place
    /// (after `tipdiff`, after `help`, after a command that has subcommands) names none of the subcommands there.
    @discardableResult
    static func check(_ arguments: [String], root: ParsableCommand.Type) throws -> String {
        var words = arguments[...]
        let asksHelp = words.first == "help"
        if asksHelp { words = words.dropFirst() }
        var command = root
        var path = [root._commandName]
        // `tipdiff help help` is the parser's own help command.
        while let word = words.first, !word.hasPrefix("-"), !(asksHelp && word == "help") {
            let subcommands = command.configuration.subcommands
            // A command without subcommands takes the word as its own argument.
            guard !subcommands.isEmpty else { break }
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                throw unknown(word, in: path.joined(separator: " "), among: subcommands.map { $0._commandName }, asksHelp: asksHelp)
            }
            command = next
            path.append(word)
            words = words.dropFirst()
        }
        return path.joined(separator: " ")
    }

    /// The parser's message for an unknown option ("Error: Unknown option '--format'") as one of `command`'s
    /// (`'--format' is not an option of 'tipdiff report'`), its usage lines kept; any other message as it is.
    static func unknownOption(in message: String, command: String) -> String {
        var lines = message.components(separatedBy: "\n")
        let prefix = "Error: Unknown option '"
        guard let first = lines.first, first.hasPrefix(prefix), let end = first.dropFirst(prefix.count).firstIndex(of: "'") else {
            return message
        }
        let option = first[first.index(first.startIndex, offsetBy: prefix.count)..<end]
        let rest = first[first.index(after: end)...].trimmingCharacters(in: .whitespaces)
        lines[0] = "error: '\(option)' is not an option of '\(command)'\(rest.isEmpty || rest.hasPrefix(".") ? rest : " \(rest)")"
        return lines.joined(separator: "\n")
    }

    /// The error for `word`, with the nearest of `names` when one is close enough to be a slip.
    static func unknown(_ word: String, in command: String, among names: [String], asksHelp: Bool) -> UsageError {
        let nearest = names.map { (name: $0, distance: EditDistance.between(word.lowercased(), $0)) }
            .min { ($0.distance, $0.name) < ($1.distance, $1.name) }
        let hint =
            if let nearest, nearest.distance <= max(2, nearest.name.count / 3) {
                "did you mean '\(nearest.name)'?"
            } else {
                "one of: \(names.joined(separator: ", "))"
            }
        let subject = asksHelp ? "no help for '\(word)': it is not a \(command) command" : "'\(word)' is not a \(command) command"
        return UsageError(message: "\(subject) (\(hint))")
    }
}
