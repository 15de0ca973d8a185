/// Diffs of two year folders: countries matched by name, countries in only one year reported.
import TIPModel

public struct FolderDiff: Sendable {
    /// One diff per country present in both years, in NEW's order.
    public var editions: [EditionDiff]
    /// `country-added` and `country-removed` changes.
    public var countries: [Change]

    public init(editions: [EditionDiff], countries: [Change]) {
        self.editions = editions
        self.countries = countries
    }

    /// Every change, each carrying its country.
    public var changes: [Change] {
        countries
            + editions.flatMap { diff in
                diff.changes.map {
                    var c = $0; c.country = diff.country; return c
                }
            }
    }
}

extension Differ {
    /// Compares two sets of editions (two year folders), matching countries by `countryKey` (by default
    /// the folded name; the command line passes the alias table's usual name, so "Burma" meets "Myanmar").
    public func diff(
        folder old: [Edition], _ new: [Edition], countryKey: (String) -> String = { CountryKey.of($0) }
    ) -> FolderDiff {
        var oldByCountry: [String: Edition] = [:]
        for edition in old { oldByCountry[countryKey(edition.country)] = edition }
        let newKeys = Set(new.map { countryKey($0.country) })
        var countries: [Change] = []
        var diffs: [EditionDiff] = []
        for edition in new {
            if let previous = oldByCountry[countryKey(edition.country)] {
                diffs.append(diff(previous, edition))
            } else {
                var change = Change(kind: .countryAdded)
                change.country = edition.country
                change.new = edition.source.path
                countries.append(change)
            }
        }
        for edition in old where !newKeys.contains(countryKey(edition.country)) {
            var change = Change(kind: .countryRemoved)
            change.country = edition.country
            change.old = edition.source.path
            countries.append(change)
        }
        return FolderDiff(editions: diffs, countries: Differ.identified(countries, country: ""))
    }
}
