/// A half-open range of Unicode scalar offsets into an edition's text (the same offsets as Python's `str`).
public struct TextRange: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "a text range cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
