/// Sections of a narrative, their paragraphs and sentences.

/// What a section of a narrative is about.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case headline, recommendations, prosecution, protection, prevention, profile, other
}

/// The verdict a section opens with ("The government maintained prosecution efforts").
public enum Verdict: String, Sendable, Hashable, Codable {
    case maintained, increased, decreased
}

/// One sentence, its text with white space folded, and where it stands in the edition's text.
public struct Sentence: Sendable, Hashable, Codable {
    public var text: String
    public var range: TextRange

    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}

/// A paragraph: consecutive sentences.
public struct Paragraph: Sendable, Hashable, Codable {
    public var range: TextRange
    public var sentences: [Sentence]

    public init(range: TextRange, sentences: [Sentence]) {
        self.range = range
        self.sentences = sentences
    }
}

/// A section of a narrative: its kind, heading as written, verdict and paragraphs.
public struct Section: Sendable, Hashable, Codable {
    public var kind: SectionKind
    /// The heading as written, without wrapping quotes; `nil` when the section was not headed.
    public var heading: String?
    public var verdict: Verdict?
    public var range: TextRange
    public var paragraphs: [Paragraph]

    public init(kind: SectionKind, heading: String?, verdict: Verdict?, range: TextRange, paragraphs: [Paragraph]) {
        self.kind = kind
        self.heading = heading
        self.verdict = verdict
        self.range = range
        self.paragraphs = paragraphs
    }

    private enum CodingKeys: String, CodingKey { case kind, heading, verdict, range, paragraphs }

    /// Every field, `null` included, so that scripts can rely on the keys being there.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(heading, forKey: .heading)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(range, forKey: .range)
        try container.encode(paragraphs, forKey: .paragraphs)
    }

    /// Every sentence of the section in order; a sentence's index here is its index in the section.
    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }
}

/// One prioritized recommendation.
public struct Recommendation: Sendable, Hashable, Codable {
    public var text: String
    public var range: TextRange

    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}
