import TIPModel

/// Whether an edition says at its top that it is an illustrative sample rather than the official text: its
/// first line of text opens a bracketed notice that calls itself "illustrative" or "not official".
public enum IllustrativeNotice {
    /// How far into the text the notice may reach (a notice is a few lines long).
    static let reach = 2_000

    public static func marks(_ edition: Edition) -> Bool {
        let head = edition.text.prefix(reach).drop { $0.isWhitespace }
        guard head.first == "[", let close = head.firstIndex(of: "]") else { return false }
        let notice = head[..<close].lowercased()
        return notice.contains("illustrative") || notice.contains("not official")
    }
}
