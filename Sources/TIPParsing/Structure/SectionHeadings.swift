import TIPModel
import TIPSupport

/// Section headings: PROSECUTION, "Prioritized Recommendations for Cuba:", TRAFFICKING PROFILE, ...
enum SectionHeadings {
    /// The section kind, the heading as written (no trailing colon) and, when text follows a colon on
    /// the same line, the offset of that text in `line`.
    static func match(_ line: String) -> (SectionKind, String, Int?)? {
        let scalars = Array(line.unicodeScalars)
        if let kind = kind(of: line) {
            return (kind, strippedColon(line), nil)
        }
        // "PRIORITIZED RECOMMENDATIONS: Cease ...", "Recommendations for Cuba: • Stop ..."
        guard let colon = scalars.prefix(longest + 1).firstIndex(of: ":") else { return nil }
        let head = String(String.UnicodeScalarView(scalars[..<colon]))
        guard let kind = kind(of: head), kind == .recommendations || head == head.uppercased() else { return nil }
        return (kind, head.trimmingSpaces, colon + 1)
    }

    /// Whether a line starting with `first` then `second` could be a section heading: every heading starts
    /// with "PR", "LA", "TR" or "RE" in any case. A non-ASCII start is left to `match`.
    static func mayStartHeading(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        guard first.value < 0x80, second.value < 0x80 else { return true }
        switch (first.value & ~0x20, second.value & ~0x20) {
        case (0x50, 0x52), (0x4C, 0x41), (0x54, 0x52), (0x52, 0x45): return first.isLetter && second.isLetter
        default: return false
        }
    }

    /// No heading is longer than this ("PRIORITIZED RECOMMENDATIONS FOR " and a country's name).
    static let longest = 100

    private static func kind(of text: String) -> SectionKind? {
        // Most lines are paragraphs: too long to be a heading, and not worth folding.
        guard text.utf8.count <= longest * 4, text.unicodeScalars.count <= longest else { return nil }
        let folded = strippedColon(text).uppercased().split(separator: " ").joined(separator: " ")
        switch folded {
        case "PROSECUTION", "LAW ENFORCEMENT": return .prosecution
        case "PROTECTION": return .protection
        case "PREVENTION": return .prevention
        case "TRAFFICKING PROFILE", "TRAFFICKING PROFILES": return .profile
        case "PRIORITIZED RECOMMENDATIONS", "RECOMMENDATIONS": return .recommendations
        default:
            for prefix in ["PRIORITIZED RECOMMENDATIONS FOR ", "RECOMMENDATIONS FOR "] where folded.hasPrefix(prefix) {
                let rest = folded.dropFirst(prefix.count)
                if rest.count <= 50 && !rest.contains(".") { return .recommendations }
            }
            return nil
        }
    }

    private static func strippedColon(_ text: String) -> String {
        var result = text.trimmingSpaces
        while result.hasSuffix(":") { result.removeLast() }
        return result.trimmingSpaces
    }
}
