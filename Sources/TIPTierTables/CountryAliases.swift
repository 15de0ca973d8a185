import Foundation
import TIPModel

/// The one table of country names: each country's usual English name and the other names sources use
/// ("Burma"/"Myanmar", "Korea, South"/"Republic of Korea", "USA"/"United States"). Unknown names are
/// reported, never guessed.
public struct CountryAliases: Sendable {
    private var canonicalByKey: [String: String] = [:]
    /// Every country's usual name, sorted.
    public private(set) var countries: [String] = []

    /// Reads `countries.csv` (columns `country,alias`; "#" lines are comments).
    public init(contentsOf path: String) throws(TierDataError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(SourceLocation(path: path))
        }
        try self.init(csv: text, path: path)
    }

    public init(csv text: String, path: String) throws(TierDataError) {
        var names = Set<String>()
        for record in CSVReader.records(text).dropFirst() {
            guard record.fields.count == 2, !record.fields[0].isEmpty else {
                throw .malformed(SourceLocation(path: path, line: record.line, column: 1), "expected two fields: country,alias")
            }
            let country = record.fields[0]
            names.insert(country)
            for name in [country, record.fields[1]] where !name.isEmpty {
                let key = CountryKey.of(name)
                if let existing = canonicalByKey[key], existing != country {
                    throw .malformed(SourceLocation(path: path, line: record.line, column: 1), "'\(name)' already names \(existing)")
                }
                canonicalByKey[key] = country
            }
        }
        countries = names.sorted()
    }

    /// The usual name for any known spelling, or `nil` for a name the table does not know.
    public func canonical(_ name: String) -> String? {
        canonicalByKey[CountryKey.of(name.trimmingCharacters(in: .whitespaces))]
    }

    /// Whether two names are the same country (unknown names match only themselves, folded).
    public func same(_ a: String, _ b: String) -> Bool {
        (canonical(a) ?? CountryKey.of(a)) == (canonical(b) ?? CountryKey.of(b))
    }
}
