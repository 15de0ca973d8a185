import TIPModel

/// An edition as stored in the dataset, so that a later export reuses an unchanged file's parse instead of
/// reading it again: every field of `Edition`, coded as it is.
struct EditionSnapshot: Codable {
    var country: String
    var countrySource: CountrySource
    var reportYear: Int?
    var tier: TierPlacement
    var sections: [Section]
    var recommendations: [Recommendation]
    var source: EditionSource
    var text: String
    var warnings: [String]

    init(_ edition: Edition) {
        (country, countrySource, reportYear, tier) = (edition.country, edition.countrySource, edition.reportYear, edition.tier)
        (sections, recommendations, source, text, warnings) =
            (edition.sections, edition.recommendations, edition.source, edition.text, edition.warnings)
    }

    var edition: Edition {
        var edition = Edition(
            country: country, countrySource: countrySource, reportYear: reportYear, tier: tier, sections: sections,
            recommendations: recommendations, source: source, text: text)
        edition.warnings = warnings
        return edition
    }
}
