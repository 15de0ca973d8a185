/// Sections of a narrative, their paragraphs and sentences.

/// A section of a narrative: its kind, heading as written, verdict and paragraphs.
public struct Section: Sendable, Hashable, Codable {
    public var kind: SectionKind
    /// The heading as written, without wrapping quotes; `nil` when the section was not headed.
    public var heading: String?
    public var verdict: Verdict?
    /// The qualifier written with the verdict ("modest", "mixed", "limited"), as the sentence has it.
    public var verdictQualifier: String?
    public var range: TextRange
    public var paragraphs: [Paragraph]

    public init(
        kind: SectionKind, heading: String?, verdict: Verdict?, verdictQualifier: String? = nil, range: TextRange,
        paragraphs: [Paragraph]
    ) {
        self.kind = kind
        self.heading = heading
        self.verdict = verdict
        self.verdictQualifier = verdictQualifier
        self.range = range
        self.paragraphs = paragraphs
    }

    private enum CodingKeys: String, CodingKey { case kind, heading, verdict, verdictQualifier, range, paragraphs }

    /// Every field, `null` included, so that scripts can rely on the keys being there.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(heading, forKey: .heading)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(verdictQualifier, forKey: .verdictQualifier)
        try container.encode(range, forKey: .range)
        try container.encode(paragraphs, forKey: .paragraphs)
    }

    /// The verdict as a reader sees it ("maintained modest"), if the section states one.
    public var verdictPhrase: String? { Verdict.phrase(verdict, qualifier: verdictQualifier) }

    /// Every sentence of the section in order; a sentence's index here is its index in the section.
    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }
}
