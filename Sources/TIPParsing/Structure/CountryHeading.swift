import TIPModel
import TIPSupport

/// A heading that names the country, with the tier when the heading states it ("CUBA: Tier 3", "Cuba (Tier 3)").
struct CountryHeading: Equatable {
    var name: String
    var tier: Tier?
    var text: String
    /// Whether the line names only a tier ("Tier 3" under the country's name).
    var isTierLine = false

    init?(_ line: String, fileCountry: String?, markedAsHeading: Bool) {
        // A heading is short: a paragraph is rejected before any pattern runs.
        guard line.utf8.count <= 400, !Self.isSurelyNoHeading(line) else { return nil }
        let text = (line.utf8.contains(UInt8(ascii: "[")) ? line.replacing(Patterns.footnoteMarker, with: "") : line).trimmingSpaces
        guard !text.isEmpty, text.count <= 90 else { return nil }
        // Cheap tests first: the patterns run only on lines that name a tier or the report.
        let lower = text.lowercased()
        let namesTier = lower.contains("tier") || lower.contains("special")
        let namesReport = lower.contains("report")
        // Older layouts: the name on one line, "Tier 3" (or "Tier 2 Watch List") alone on the next, or the
        // tier line alone at the top. The line is the tier heading; the name comes from the line before or
        // the file.
        if namesTier, text.count <= 24, lower.hasPrefix("tier") || lower.hasPrefix("special"), let tier = Tier(spelling: text) {
            self.init(name: fileCountry ?? "", tier: tier, text: text)
            isTierLine = true
        } else if namesTier, let m = text.wholeMatch(of: Patterns.colonHeading),
            let tier = Tier(spelling: String(m.output.tier))
        {
            self.init(name: String(m.output.name), tier: tier, text: text)
        } else if namesTier, let m = text.wholeMatch(of: Patterns.parenthesisHeading),
            let tier = Tier(spelling: String(m.output.tier))
        {
            self.init(name: String(m.output.name), tier: tier, text: text)
        } else if namesReport, let m = text.wholeMatch(of: Patterns.reportTitleHeading) {
            self.init(name: String(m.output.name), tier: nil, text: text)
        } else if Self.isBareName(text, fileCountry: fileCountry, markedAsHeading: markedAsHeading) {
            self.init(name: text, tier: nil, text: text)
        } else {
            return nil
        }
    }

    private static let tierBytes = Array("tier".utf8)
    private static let specialBytes = Array("special".utf8)
    private static let reportBytes = Array("report".utf8)
    private static let personsBytes = Array("persons".utf8)

    /// Whether a line of ASCII without a footnote marker is, by its bytes alone, no heading of any form: empty
    /// or longer than 90 characters once trimmed, or naming no tier, "special" case or report title (the words
    /// "report" and "persons" and a colon) while no bare name either (more than five words, a character no name has, or a final full stop). A hard-wrapped narrative
    /// is made of short lines, each asked this first. `false` for any other line: the general tests decide.
    static func isSurelyNoHeading(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "[") }) else { return false }
            let isBlank = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
            guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else {
                return true
            }
            let text = UnsafeBufferPointer(rebasing: bytes[first...last])
            guard text.count <= 90 else { return true }
            let holds = { (word: [UInt8]) in ByteSearch.containsIgnoringASCIICase(text, word) }
            if holds(Self.tierBytes) || holds(Self.specialBytes) { return false }
            // A report title ("2025 Trafficking in Persons Report: Cuba") has all three.
            let namesReport = holds(Self.reportBytes) && holds(Self.personsBytes)
            if namesReport && text.contains(UInt8(ascii: ":")) { return false }
            var words = 0
            var inWord = false
            for byte in text {
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                guard isLetter || " ,'-.()".utf8.contains(byte) else { return true }
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words > 5 || text[text.count - 1] == UInt8(ascii: ".")
        }
    }

    /// Whether a line's scalars (trimmed) could be a heading's 90 characters: an ASCII line without a
    /// footnote marker has one character per scalar, so a longer one is no heading and no string is made.
    static func mayFit(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.count <= 90 || line.contains { $0.value >= 0x80 || $0 == "[" }
    }

    private init(name: String, tier: Tier?, text: String) {
        self.name = CountryNames.displayName(name)
        self.tier = tier
        self.text = text
    }

    /// "CUBA" alone, or the file's country name alone, or a short name the page marked as a heading.
    private static func isBareName(_ text: String, fileCountry: String?, markedAsHeading: Bool) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 5, text.allSatisfy({ $0.isLetter || " ,'’-.()".contains($0) }), !text.hasSuffix(".") else {
            return false
        }
        if let fileCountry, text.lowercased() == fileCountry.lowercased() { return true }
        let isCapitals = text == text.uppercased() && text.contains(where: \.isLetter)
        return isCapitals && text.count >= 3 || markedAsHeading && words.count <= 4
    }
}
