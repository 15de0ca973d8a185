import ArgumentParser

/// A command's `--format`: an enum of only the formats that command writes, named the same in every command
/// (text, json, csv, markdown, html), the default first; the parser refuses any other value.
protocol OutputFormat: RawRepresentable<String>, ExpressibleByArgument, CaseIterable {}

extension OutputFormat {
    /// None: the option's value name lists the formats (`help(_:)`), and the parser would list them again.
    static var allValueStrings: [String] { [] }

    /// The help of a command's `--format`: the formats it accepts (the default first), with a note on what
    /// they give.
    static func help(_ note: String = "") -> ArgumentHelp {
        let names = allCases.map(\.rawValue)
        let list =
            names.count <= 2 ? names.joined(separator: " or ") : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
        return ArgumentHelp("Output format: \(list)\(note.isEmpty ? "" : " (\(note))").", valueName: names.joined(separator: "|"))
    }
}
