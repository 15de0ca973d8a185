import Foundation
import TIPModel

/// Tier placements as data: the research dataset (2001-2015, as found) and the 2020-2025 lists, read as
/// they are, with names normalised through the alias table and each year's coverage known.
public struct TierTable: Sendable {
    /// One country's placement in one year's report.
    public struct Placement: Sendable, Equatable, Encodable {
        public var country: String
        public var year: Int
        public var tier: Tier
        /// The name as the source wrote it.
        public var written: String
        public var source: String
    }

    public private(set) var placements: [Placement] = []
    /// Names the alias table does not know, with where they are: reported, not guessed.
    public private(set) var unknownNames: [(name: String, location: SourceLocation)] = []
    /// Countries placed twice in one year with different tiers.
    public private(set) var conflicts: [(country: String, year: Int, placements: [Placement])] = []
    /// Tier counts a report states (year, tier, count, source).
    public private(set) var statedCounts: [(year: Int, tier: Tier, count: Int, source: String)] = []
    public let aliases: CountryAliases

    /// The ladder of tiers a complete year has.
    public static let ladder: [Tier] = [.tier1, .tier2, .tier2WatchList, .tier3]

    /// Reads every table in `folder` (Reports/tiers): countries.csv, tier-counts.csv and the placement files.
    public init(folder: String) throws(TierDataError) {
        aliases = try CountryAliases(contentsOf: folder + "/countries.csv")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where name.hasSuffix(".csv") && name != "countries.csv" {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw .unreadable(SourceLocation(path: path))
            }
            try read(text, path: path)
        }
        guard !placements.isEmpty else { throw .noData("no tier placements in \(folder)") }
        findConflicts()
    }

    /// Reads one table from text (used by the tests too).
    public init(aliases: CountryAliases, tables: [(path: String, text: String)]) throws(TierDataError) {
        self.aliases = aliases
        for table in tables { try read(table.text, path: table.path) }
        findConflicts()
    }

    private mutating func read(_ text: String, path: String) throws(TierDataError) {
        let records = CSVReader.records(text)
        guard let header = records.first?.fields.map({ $0.lowercased().trimmingCharacters(in: .whitespaces) }) else { return }
        if header == ["year", "tier", "count", "source"] {
            for record in records.dropFirst() {
                guard record.fields.count == 4, let year = Int(record.fields[0]), let tier = Tier(spelling: record.fields[1]),
                    let count = Int(record.fields[2])
                else { throw .malformed(SourceLocation(path: path, line: record.line, column: 1), "expected year,tier,count,source") }
                statedCounts.append((year, tier, count, record.fields[3]))
            }
            return
        }
        // "countryname,iso,year,ccode,tier" (research dataset) or "report_year,country,tier" (lists).
        guard let countryColumn = header.firstIndex(where: { $0 == "countryname" || $0 == "country" }),
            let yearColumn = header.firstIndex(where: { $0 == "year" || $0 == "report_year" }),
            let tierColumn = header.firstIndex(of: "tier")
        else {
            throw .malformed(SourceLocation(path: path, line: 1, column: 1), "unknown table: expected country, year and tier columns")
        }
        for record in records.dropFirst() {
            let location = SourceLocation(path: path, line: record.line, column: 1)
            guard record.fields.count == header.count else {
                throw .malformed(location, "expected \(header.count) fields, found \(record.fields.count)")
            }
            let rawTier = record.fields[tierColumn].trimmingCharacters(in: .whitespaces)
            if rawTier.isEmpty || rawTier.uppercased() == "NA" { continue }
            guard let year = Int(record.fields[yearColumn].trimmingCharacters(in: .whitespaces)) else {
                throw .malformed(location, "year '\(record.fields[yearColumn])' is not a number")
            }
            guard let tier = Tier(spelling: rawTier) else { throw .malformed(location, "unknown tier '\(rawTier)'") }
            let written = record.fields[countryColumn]
            guard let country = aliases.canonical(written) else {
                unknownNames.append((written, location))
                continue
            }
            placements.append(Placement(country: country, year: year, tier: tier, written: written, source: location.description))
        }
    }

    private mutating func findConflicts() {
        let grouped = Dictionary(grouping: placements) { "\($0.country)\u{1F}\($0.year)" }
        conflicts = grouped.values.filter { Set($0.map(\.tier)).count > 1 }
            .map { (country: $0[0].country, year: $0[0].year, placements: $0) }
            .sorted { ($0.year, $0.country) < ($1.year, $1.country) }
    }

    /// Years with at least one placement.
    public var years: [Int] { Array(Set(placements.map(\.year))).sorted() }

    /// Each country's placement in a year; a conflicting country takes its first row, and the conflict is reported.
    public func placements(in year: Int) -> [String: Placement] {
        var result: [String: Placement] = [:]
        for placement in placements where placement.year == year && result[placement.country] == nil {
            result[placement.country] = placement
        }
        return result
    }

    /// Whether the tables place `country` (any name the alias table knows) in `year`: `nil` when they cannot
    /// tell (no data for the year, or a partial year that lacks some tiers and does not list it).
    public func isPlaced(_ country: String, in year: Int) -> Bool? {
        let name = aliases.canonical(country) ?? country
        if placements(in: year)[name] != nil { return true }
        guard years.contains(year), missingTiers(in: year).isEmpty else { return nil }
        return false
    }

    /// The tiers of the ladder that have no placement in a year (a partial list).
    public func missingTiers(in year: Int) -> [Tier] {
        let present = Set(placements.filter { $0.year == year }.map(\.tier))
        return Self.ladder.filter { !present.contains($0) }
    }

    /// One country's placements, by year.
    public func history(of country: String) -> [Placement] {
        var seen = Set<Int>()
        return placements.filter { $0.country == country }.sorted { $0.year < $1.year }.filter { seen.insert($0.year).inserted }
    }
}
