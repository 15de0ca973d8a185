/// What an edition's path says: its country's file-name stem and its report year.

public enum EditionPath {
    /// The file name without folders and extension ("Reports/2025/cuba.txt" → "cuba").
    public static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The year a path names: a folder called "2025", or a year inside the file name ("tip-2025-cuba.txt").
    public static func year(of path: String) -> Int? {
        let components = path.split(separator: "/").map(String.init)
        for component in components.dropLast().reversed() {
            if let year = Int(component), (2000...2100).contains(year) { return year }
        }
        if let match = stem(of: path).firstMatch(of: /(?:^|\D)(?<year>20\d\d)(?:\D|$)/) { return Int(match.output.year) }
        return nil
    }

    /// The format a file's extension names, if it is an edition at all.
    public static func format(of path: String) -> EditionSource.Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .text }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".pdf") { return .pdf }
        return nil
    }
}
