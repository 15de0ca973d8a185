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
