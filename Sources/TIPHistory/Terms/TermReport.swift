/// What `tipdiff terms` found: each term's counts and hits, section lengths per year, and (when no term was
/// asked for) the wording whose use changed most between consecutive years and the wording removed from
/// many countries in one year.
public struct TermReport: Sendable, Encodable {
    public var countries: Int
    public var years: [Int]
    public var terms: [TermCount]
    public var sectionLengths: [SectionLength]
    /// The phrases added or removed in the most countries in one year, most countries first.
    public var changedMost: [PhraseShift]
    /// The phrases removed from at least `TermCounter.manyCountries` of the comparable countries in one year.
    public var removedFromMany: [PhraseShift]

    public init(
        countries: Int, years: [Int], terms: [TermCount], sectionLengths: [SectionLength], changedMost: [PhraseShift],
        removedFromMany: [PhraseShift]
    ) {
        self.countries = countries
        self.years = years
        self.terms = terms
        self.sectionLengths = sectionLengths
        self.changedMost = changedMost
        self.removedFromMany = removedFromMany
    }
}
