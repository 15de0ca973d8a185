/// Standard output, JSON encoding and terminal detection for the subcommands.
import Foundation

enum Output {
    /// Writes `text` to standard output, ending it with one newline.
    static func write(_ text: String) {
        // Scalars, not Characters: "\r\n" is one Character, and CSV ends its own lines with it.
        let line = text.unicodeScalars.last == "\n" ? text : text + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// A warning on standard error; standard output is left as it is.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
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

/// Whether standard output is a terminal that wants colour (NO_COLOR unset).
enum Terminal {
    static var wantsColour: Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}

/// Whether a path is a folder (a year of editions) rather than one file.
enum Paths {
    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
