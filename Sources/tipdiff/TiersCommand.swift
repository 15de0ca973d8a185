/// `tipdiff tiers`: placements of every country in two years, or one country's history.
import ArgumentParser
import Foundation
import TIPModel
import TIPParsing
import TIPTiers

struct TiersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiers",
        abstract: "Compare two years of tier placements, or show one country's placement history.")

    @Argument(help: "Two report years to compare (e.g. 2023 2024).")
    var years: [Int] = []

    @Option(help: "A country whose history to show (any name the alias table knows).")
    var country: String?

    @Option(help: "The folder of tier tables.")
    var data = "Reports/tiers"

    @Option(help: "The folder of editions, for placements the narratives state.")
    var reports = "Reports"

    @Option(help: "Output format: text, json or csv.")
    var format: TableFormat = .text

    func validate() throws {
        if country == nil && years.count != 2 { throw ValidationError("give two years (tipdiff tiers 2023 2024) or --country NAME") }
        if country != nil && !years.isEmpty { throw ValidationError("give either two years or --country, not both") }
    }

    func run() throws {
        let table = try TierTable(folder: data)
        if let country {
            guard let name = table.aliases.canonical(country) else {
                throw TierDataError.unknownCountry(country, suggestions: CountryLookup.suggestions(for: country, in: table.aliases))
            }
            let editions = try CountryLookup.editions(of: name, in: reports, aliases: table.aliases)
                .map { (year: $0.reportYear ?? 0, tier: $0.tier.placement, path: $0.source.path) }
            let history = TierHistory(country: name, table: table, editions: editions)
            switch format {
            case .text: Output.write(history.text)
            case .json: Output.write(try JSON.encode(history))
            case .csv:
                let rows =
                    ["country,year,tier,source,path"]
                    + history.entries.map {
                        [name, String($0.year), $0.tier.rawValue, $0.source, $0.path].map(CSVField.quoted).joined(separator: ",")
                    }
                Output.write(rows.joined(separator: "\r\n") + "\r\n")
            }
            return
        }
        let comparison = try TierComparison(table, from: years[0], to: years[1])
        switch format {
        case .text:
            var text = comparison.text
            if !table.unknownNames.isEmpty {
                text +=
                    "\n\nnames the alias table does not know (left out):\n"
                    + table.unknownNames.map { "  \($0.location): \($0.name)" }.joined(separator: "\n")
            }
            Output.write(text)
        case .json: Output.write(try JSON.encode(comparison))
        case .csv: Output.write(comparison.csv)
        }
    }
}

/// Finding a country's editions and names.
enum CountryLookup {
    /// Every edition of `country` under `reports`/<year>/, in year order (files named for the country, by any alias).
    static func editions(of country: String, in reports: String, aliases: CountryAliases) throws -> [Edition] {
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: reports)) ?? []).compactMap(Int.init).sorted()
        var editions: [Edition] = []
        for year in years {
            let folder = "\(reports)/\(year)"
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for file in files where EditionPath.format(of: file) != nil {
                let stem = EditionPath.stem(of: file).replacingOccurrences(of: "-", with: " ")
                guard aliases.same(stem, country) else { continue }
                editions.append(try EditionLoader().edition(at: "\(folder)/\(file)"))
            }
        }
        return editions
    }

    /// Known names close to an unknown one.
    static func suggestions(for name: String, in aliases: CountryAliases) -> [String] {
        let key = CountryKey.of(name)
        return aliases.countries.filter { CountryKey.of($0).hasPrefix(String(key.prefix(4))) }.prefix(3).map { $0 }
    }
}

/// How countries are matched across editions: through the alias table in Reports/tiers when it is there.
enum CountryMatching {
    static let table = "Reports/tiers/countries.csv"

    static func key() throws -> (String) -> String {
        guard FileManager.default.fileExists(atPath: table) else { return { CountryKey.of($0) } }
        let aliases = try CountryAliases(contentsOf: table)
        return { name in aliases.canonical(name).map { CountryKey.of($0) } ?? CountryKey.of(name) }
    }
}
