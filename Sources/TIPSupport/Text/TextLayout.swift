/// Column layout helpers shared by every text output.
extension String {
    /// The string padded with spaces to `width` (and always followed by at least one space).
    public func padded(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// The string right-aligned in `width` columns (and always preceded by at least one space).
    public func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }

    /// The string cut to `width` characters, with an ellipsis when cut.
    public func truncated(to width: Int) -> String {
        count <= width ? self : String(prefix(width - 1)) + "…"
    }

    /// The string without trailing spaces.
    public var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isBlank }),
            let last = scalars.lastIndex(where: { !$0.isBlank })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
