/// What a font's name says about its face: the family it belongs to and whether it is italic. PDFs name fonts
/// as "Times-Italic", "ABCDEF+MinionPro-It" or "Arial,BoldItalic": a subset prefix, the family, then the style.
public enum FontFace {
    /// The family: the name without a subset prefix ("ABCDEF+") and without its style after "-" or ",".
    public static func family(_ name: String) -> String {
        var rest = Substring(name)
        if let plus = rest.firstIndex(of: "+"), rest.distance(from: rest.startIndex, to: plus) == 6 {
            rest = rest[rest.index(after: plus)...]
        }
        return String(rest.prefix { $0 != "-" && $0 != "," })
    }

    /// Whether the style says italic or oblique ("Italic", "Oblique", "It", "BoldIt").
    public static func isItalic(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.contains("italic") || lower.contains("oblique") { return true }
        guard let cut = lower.lastIndex(where: { $0 == "-" || $0 == "," }) else { return false }
        return lower[lower.index(after: cut)...].hasSuffix("it")
    }
}
