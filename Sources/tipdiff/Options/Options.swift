import ArgumentParser
import Foundation
import TIPDiff
import TIPJobs
import TIPReportsFolder
import TIPTierTables

/// `--data`: the tier tables and the alias table.
struct DataOptions: ParsableArguments {
    @Option(help: "The folder of tier tables and the alias table (default: Reports/tiers when present, else the copy built into tipdiff).")
    var data: String?
}

/// `--country`, `--kinds` and `--no-earlier-figures`: which countries and which changes to show.
struct SelectionOptions: ParsableArguments {
    @Option(name: .customLong("country"), help: "Only this country (any name the alias table knows); repeatable.")
    var countries: [String] = []

    @Option(help: "Only these kinds of change, comma-separated: \(ChangeCategory.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kinds: String?

    @Flag(help: "Leave out figures for an earlier period, given for comparison.")
    var noEarlierFigures = false

    /// The change filter the options ask for.
    func filter() throws -> ChangeFilter {
        var categories: Set<ChangeCategory>?
        if let kinds {
            categories = []
            for name in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                guard let category = ChangeCategory(rawValue: name) else {
                    throw ValidationError(
                        "unknown kind '\(name)': one of \(ChangeCategory.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                categories?.insert(category)
            }
        }
        return ChangeFilter(categories: categories, earlierFigures: !noEarlierFigures)
    }

    /// The countries asked for, each checked against the alias table before anything is read.
    func countries(in folder: ReportsFolder) throws(TierDataError) -> CountrySelection {
        try CountrySelection(names: countries, in: folder)
    }
}

/// The archive-wide views' inputs: the folder of editions, one country or all, and the tables.
struct ArchiveOptions: ParsableArguments {
    @Argument(help: "The folder of editions (Reports).")
    var path = "Reports"

    @Option(help: "One country (else every country of the archive).")
    var country: String?

    @OptionGroup var tables: DataOptions

    /// The folder of editions, with the tables it is read with.
    func folder() throws -> ReportsFolder { try ReportsFolder(root: path, data: tables.data) }
}
