import Foundation

/// JSON for the subcommands: pretty, with sorted keys.
enum JSON {
    /// Pretty, key-sorted JSON, so the same input gives the same bytes. Bidirectional controls (U+202E, ...)
    /// are written as `\u202E` escapes, the same string to a JSON reader, never raw to a terminal.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        guard json.unicodeScalars.contains(where: Output.isBidiControl) else { return json }
        // They can only stand inside strings (every key is ours), where a \u escape means the same.
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if Output.isBidiControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
