import TIPModel

/// A quote, with optional context before and after it and a section to look in.
public struct QuoteSelector: Sendable, Equatable {
    public var quote: String
    public var prefix: String?
    public var suffix: String?
    public var section: SectionKind?

    public init(quote: String, prefix: String? = nil, suffix: String? = nil, section: SectionKind? = nil) {
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
        self.section = section
    }
}
