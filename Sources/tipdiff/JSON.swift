/// JSON for the subcommands: pretty, with sorted keys.
import Foundation

enum JSON {
    /// Pretty, key-sorted JSON, so the same input gives the same bytes.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
