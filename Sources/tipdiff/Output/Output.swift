import Foundation
import TIPModel
import TIPSupport

/// Standard output, JSON encoding and terminal detection for the subcommands.
enum Output {
    /// Writes `text` (meant for a person: an outline, a table, a message) to standard output, ending it with
    /// one newline. Control characters that could drive a terminal (from a data file, say) become U+FFFD
    /// (ESC is kept only for the redline's own colours), and characters that reorder or hide text on a
    /// terminal (U+202E and the other bidirectional controls) are shown escaped, as `\u{202E}`.
    static func write(_ text: String, keepingColour: Bool = false) {
        emit(visible(text, keepingColour: keepingColour, escapingBidi: true))
    }

    /// Writes a document in a machine format (CSV, HTML) as its renderer made it, but for control characters
    /// (U+FFFD). JSON needs neither: `JSON.encode` escapes what could drive a terminal.
    static func writeDocument(_ text: String) {
        emit(visible(text))
    }

    private static func emit(_ clean: String) {
        // Scalars, not Characters: "\r\n" is one Character, and CSV ends its own lines with it.
        let line = clean.unicodeScalars.last == "\n" ? clean : clean + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// The bidirectional controls: embeddings, overrides, isolates and marks.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with every control character but tab, line feed and carriage return (and ESC, when asked)
    /// replaced by U+FFFD, and, when asked, each bidirectional control written as `\u{XXXX}`.
    static func visible(_ text: String, keepingColour: Bool = false, escapingBidi: Bool = false) -> String {
        let isControl = { (s: Unicode.Scalar) -> Bool in s.isNonLayoutControl && !(keepingColour && s == "\u{1B}") }
        guard text.unicodeScalars.contains(where: { isControl($0) || (escapingBidi && isBidiControl($0)) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out.append("\u{FFFD}")
            } else if escapingBidi && isBidiControl(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A warning on standard error; standard output is left as it is.
    static func warn(_ text: String) {
        FileHandle.standardError.write(Data((visible(text, escapingBidi: true) + "\n").utf8))
    }
}
