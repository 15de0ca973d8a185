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
