import Foundation
import TIPModel
import TIPReportsFolder
import TIPTierTables

/// The editions the archive-wide views read, grouped by country: one country's (any name the alias table
/// knows) when one is named, else every year folder's, each folder parsed on every core.
public enum ArchiveEditions {
    /// One country's editions by year, or every country's, countries in name order.
    public static func load(_ folder: ReportsFolder, country: String?) throws -> [(
        country: String, editions: [(year: Int, edition: Edition)]
    )] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.root, isDirectory: &isFolder) else {
            throw EditionError.missing(SourceLocation(path: folder.root))
        }
        guard isFolder.boolValue else { throw EditionError.unreadable(SourceLocation(path: folder.root), reason: "not a folder of years") }
        let table = try folder.tierTable()
        if let country {
            guard let name = table.aliases.canonical(country) else {
                throw TierDataError.unknownCountry(country, suggestions: folder.suggestions(for: country))
            }
            let years = folder.editionPaths(of: name).map(\.year)
            let editions = try folder.editions(of: name)
            guard !editions.isEmpty else { throw TierDataError.noData("no editions of \(name) under \(folder.root)/<year>/") }
            return [(name, Array(zip(years, editions)))]
        }
        let loader = folder.loader()
        var byCountry: [String: [(year: Int, edition: Edition)]] = [:]
        for year in folder.years {
            for edition in try loader.editions(at: folder.folder(of: year)) {
                byCountry[table.aliases.canonical(edition.country) ?? edition.country, default: []].append((year, edition))
            }
        }
        guard !byCountry.isEmpty else { throw TierDataError.noData("no editions under \(folder.root)/<year>/") }
        return byCountry.keys.sorted().map { ($0, byCountry[$0]!) }
    }
}
