import Foundation
import TIPModel
import TIPParsing
import TIPSupport
import TIPTierTables

/// A folder of editions, `<root>/<year>/<country>.txt|.html`, with the alias table every country match goes
/// through: its years, the newest two years that share a country, and one country's editions.
public struct ReportsFolder: Sendable {
    /// Why there is nothing to compare.
    public struct NoYears: DiagnosticError, Sendable {
        public var folder: String
        public var diagnostics: [Diagnostic] {
            [Diagnostic(location: SourceLocation(path: folder), message: "need two year folders (e.g. 2024 and 2025) that share a country")]
        }
    }

    public let root: String
    public let aliases: CountryAliases
    /// Where the tables come from: `--data`, `<root>/tiers`, or `nil` for `Reports/tiers` or the built-in copy.
    public let dataFolder: String?

    /// The folder at `root`; the alias table comes from `data` when given, else `<root>/tiers`, else
    /// `Reports/tiers`, else the copy inside the tool.
    public init(root: String = "Reports", data: String? = nil) throws(TierDataError) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        let own = self.root + "/tiers"
        dataFolder = data ?? (FileManager.default.fileExists(atPath: own + "/countries.csv") ? own : nil)
        aliases = try TierData.aliases(folder: dataFolder)
    }

    /// A loader that spells countries as the alias table does and skips files in a year folder that name no
    /// known country, with a warning to `warn`.
    public func loader(counter: WorkCounter? = nil, warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }) -> EditionLoader {
        var loader = EditionLoader(counter: counter, warn: warn)
        let aliases = self.aliases
        loader.canonicalName = { aliases.canonical($0) }
        return loader
    }

    /// The tier tables from the same place as the alias table.
    public func tierTable() throws(TierDataError) -> TierTable { try TierData.table(folder: dataFolder) }

    /// The key two editions of one country share: the alias table's usual name, folded; a name the table
    /// does not know is folded as it is.
    public func countryKey(_ name: String) -> String {
        aliases.canonical(name).map { CountryKey.of($0) } ?? CountryKey.of(name)
    }

    /// The year folders, oldest first.
    public var years: [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).filter { (1990...2100).contains($0) }
            .sorted()
    }

    /// The folder of one year.
    public func folder(of year: Int) -> String { "\(root)/\(year)" }

    /// The country keys of a year's edition files, by file name.
    public func countryKeys(in year: Int) -> Set<String> {
        Set(editionFiles(in: year).map { countryKey(Self.name(ofFile: $0)) })
    }

    /// The two newest year folders that have a country in common.
    public func newestPair() throws(NoYears) -> (old: String, new: String) {
        let years = self.years.sorted(by: >)
        var keys: [Int: Set<String>] = [:]
        for year in years { keys[year] = countryKeys(in: year) }
        for (index, newer) in years.enumerated() {
            for older in years.dropFirst(index + 1) where !keys[newer]!.isDisjoint(with: keys[older]!) {
                return (folder(of: older), folder(of: newer))
            }
        }
        throw NoYears(folder: root)
    }

    /// Every edition of `country` (any name the alias table knows), in year order.
    public func editions(of country: String, loader: EditionLoader = EditionLoader()) throws(EditionError) -> [Edition] {
        var editions: [Edition] = []
        var years: [Int: String] = [:]
        for (year, path) in editionPaths(of: country) {
            let edition = try loader.edition(at: path)
            if let first = years[year] { throw .twoEditions(SourceLocation(path: path), country: edition.country, first: first) }
            years[year] = path
            editions.append(edition)
        }
        return editions
    }

    /// Where the editions of `country` are, by year, without reading them.
    public func editionPaths(of country: String) -> [(year: Int, path: String)] {
        let key = countryKey(country)
        return years.flatMap { year in
            editionFiles(in: year).filter { countryKey(Self.name(ofFile: $0)) == key }.map { (year, "\(folder(of: year))/\($0)") }
        }
    }

    /// The editions of the countries whose keys (`countryKey`) are in `keys`; all of them when `keys` is `nil`.
    public func editions(_ editions: [Edition], of keys: Set<String>?) -> [Edition] {
        guard let keys else { return editions }
        return editions.filter { keys.contains(countryKey($0.country)) }
    }

    /// Known names close to an unknown one: a spelling slip away ("Cubba" → Cuba), or sharing its start.
    public func suggestions(for name: String) -> [String] {
        let key = CountryKey.of(name)
        let scored = aliases.countries.map { country -> (String, Int) in
            let other = CountryKey.of(country)
            let distance = EditDistance.between(key, other)
            return (country, other.hasPrefix(String(key.prefix(4))) ? Swift.min(distance, 2) : distance)
        }
        return scored.filter { $0.1 <= 2 }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    /// The edition files of a year, as paths, in name order.
    public func editionPaths(in year: Int) -> [String] { editionFiles(in: year).map { "\(folder(of: year))/\($0)" } }

    /// The edition files of a year, in name order.
    private func editionFiles(in year: Int) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder(of: year))) ?? [])
            .filter { EditionPath.format(of: $0) != nil && !$0.hasPrefix(".") }.sorted()
    }

    /// The country key of an edition file's name ("south-korea.txt"), when the alias table knows the name;
    /// `nil` for a name it does not know (whose narrative may name any country).
    public func countryKey(ofFile file: String) -> String? {
        let name = Self.name(ofFile: file)
        return aliases.canonical(name) == nil ? nil : countryKey(name)
    }

    /// "south-korea.txt" → "south korea"
    static func name(ofFile file: String) -> String { EditionPath.stem(of: file).replacingOccurrences(of: "-", with: " ") }
}
