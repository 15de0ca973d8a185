/// Standard output, JSON encoding and terminal detection for the subcommands.
import Foundation

enum Output {
    /// Writes `text` to standard output, ending it with one newline. Control characters that could drive a
    /// terminal (from a data file, say) become U+FFFD; ESC is kept only for the redline's own colours.
    static func write(_ text: String, keepingColour: Bool = false) {
        let clean = visible(text, keepingColour: keepingColour)
        // Scalars, not Characters: "\r\n" is one Character, and CSV ends its own lines with it.
        let line = clean.unicodeScalars.last == "\n" ? clean : clean + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// `text` with every control character but tab, line feed and carriage return (and ESC, when asked)
    /// replaced by U+FFFD.
    static func visible(_ text: String, keepingColour: Bool = false) -> String {
        let isControl = { (s: Unicode.Scalar) -> Bool in
            let v = s.value
            if v == 0x09 || v == 0x0A || v == 0x0D || (keepingColour && v == 0x1B) { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    /// A warning on standard error; standard output is left as it is.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((visible(text) + "\n").utf8))
    }
}
