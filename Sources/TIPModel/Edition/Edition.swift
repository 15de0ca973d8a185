/// One country narrative from one year's report, parsed once into values with ranges into its text.
public struct Edition: Sendable, Hashable {
    /// The country's usual English name ("Cuba").
    public var country: String
    /// Where the country's name was read from.
    public var countrySource: CountrySource
    /// The year of the report, from the path or the text; `nil` when neither says.
    public var reportYear: Int?
    public var tier: TierPlacement
    public var sections: [Section]
    public var recommendations: [Recommendation]
    public var source: EditionSource
    /// The narrative's text, which every range points into (for HTML, the text extracted from the page).
    public var text: String
    /// What a reader should know about a partial narrative ("no headline: ..."), printed as warnings.
    public var warnings: [String] = []

    public init(
        country: String, countrySource: CountrySource, reportYear: Int?, tier: TierPlacement,
        sections: [Section], recommendations: [Recommendation], source: EditionSource, text: String
    ) {
        self.country = country
        self.countrySource = countrySource
        self.reportYear = reportYear
        self.tier = tier
        self.sections = sections
        self.recommendations = recommendations
        self.source = source
        self.text = text
    }

    /// The sections of one kind, in order.
    public func sections(of kind: SectionKind) -> [Section] { sections.filter { $0.kind == kind } }

    /// The first section of a kind, if any.
    public func section(_ kind: SectionKind) -> Section? { sections.first { $0.kind == kind } }

    /// The text a range covers.
    public func excerpt(_ range: TextRange) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.start)
        let end = scalars.index(start, offsetBy: range.length)
        return String(scalars[start..<end])
    }
}

extension Edition: Encodable {
    private enum CodingKeys: String, CodingKey {
        case country, countrySource, reportYear, tier, sections, recommendations, source, warnings
    }

    /// The JSON model: recommendations as plain strings, the text itself left out.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(country, forKey: .country)
        try container.encode(countrySource, forKey: .countrySource)
        try container.encode(reportYear, forKey: .reportYear)
        try container.encode(tier, forKey: .tier)
        try container.encode(sections, forKey: .sections)
        try container.encode(recommendations.map(\.text), forKey: .recommendations)
        try container.encode(source, forKey: .source)
        try container.encode(warnings, forKey: .warnings)
    }
}
