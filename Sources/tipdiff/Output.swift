/// Standard output and JSON helpers for the subcommands.
import Foundation

enum Output {
    /// Writes `text` to standard output, ending it with one newline.
    static func write(_ text: String) {
        // Scalars, not Characters: "\r\n" is one Character, and CSV ends its own lines with it.
        let line = text.unicodeScalars.last == "\n" ? text : text + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}

enum JSON {
    /// Pretty, key-sorted JSON, so the same input gives the same bytes.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Lets one code path encode either a value or an array of values.
struct AnyEncodable: Encodable {
    private let encodeValue: (Encoder) throws -> Void
    init<T: Encodable>(_ value: T) { encodeValue = value.encode }
    func encode(to encoder: Encoder) throws { try encodeValue(encoder) }
}
