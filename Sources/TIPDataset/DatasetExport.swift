import Foundation
import GRDB
import TIPAnnotations
import TIPDiff
import TIPHistory
import TIPModel
import TIPParsing
import TIPReportsFolder
import TIPStatistics
import TIPSupport
import TIPTierTables
import TIPTimelines

/// The archive as a dataset: every edition under a Reports folder, its statistics, the changes between each
/// country's consecutive editions and reviewers' notes, written to one SQLite file (and a panel CSV). The
/// file is written beside its target and renamed over it, so a reader never sees half an export; editions
/// whose bytes are unchanged since the last export are taken from it instead of being read again.
public struct DatasetExport: Sendable {
    /// What an export did.
    public struct Result: Sendable {
        public var editions: Int
        /// Editions read and parsed now, and those taken from the previous export unchanged.
        public var parsed: Int
        public var reused: Int
        public var changes: Int
        public var notes: Int
        /// Country-years the tier tables place that have no edition in a year folder of the archive.
        public var missing: [(country: String, year: Int)]
        public var panel: Panel
    }

    public var folder: ReportsFolder
    public var counter: WorkCounter?
    public var warn: @Sendable (Diagnostic) -> Void

    public init(folder: ReportsFolder, counter: WorkCounter? = nil, warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }) {
        self.folder = folder
        self.counter = counter
        self.warn = warn
    }

    /// Exports the archive to `database`, placing the notes found under `annotations` (named by the user
    /// when `explicit`).
    public func run(database: String, annotations: [String], explicit: Bool) throws -> Result {
        let notes = try AnnotationSet(paths: annotations, explicit: explicit, counter: counter)
        let previous = try DatasetCache(database: database)
        let table = try folder.tierTable()
        let paths = folder.years.flatMap { folder.editionPaths(in: $0) }
        guard !paths.isEmpty else { throw EditionError.noEditions(SourceLocation(path: folder.root)) }

        // Every edition: from the last export when its bytes have not changed, else read and parsed.
        let loader = folder.loader(counter: counter, warn: warn)
        let loaded = Parallel.map(paths) { path -> Swift.Result<(ComparedEdition, reused: Bool), EditionError> in
            do throws(EditionError) {
                let bytes = try loader.read(path)
                if let edition = previous.edition(at: path, sha256: ContentHash.hex(of: bytes)) {
                    return .success((ComparedEdition(edition, counter: counter), true))
                }
                guard let format = EditionPath.format(of: path) else { throw .unsupportedFormat(SourceLocation(path: path)) }
                return .success((ComparedEdition(try loader.edition(from: bytes, path: path, format: format), counter: counter), false))
            } catch {
                return .failure(error)
            }
        }
        var read: [(compared: ComparedEdition, reused: Bool)] = []
        for result in loaded { read.append(try result.get()) }
        let editions = read

        // Each country's editions in year order, and the comparison of each consecutive pair.
        var byCountry: [String: [Int]] = [:]
        for (index, entry) in editions.enumerated() {
            byCountry[folder.countryKey(entry.compared.edition.country), default: []].append(index)
        }
        for key in byCountry.keys {
            byCountry[key]!.sort { (editions[$0].compared.edition.reportYear ?? 0) < (editions[$1].compared.edition.reportYear ?? 0) }
        }
        let pairs = byCountry.values.flatMap { indices in zip(indices, indices.dropFirst()).map { ($0, $1) } }.sorted { $0 < $1 }
        let differ = Differ(counter: counter)
        let comparisons = Parallel.map(pairs) { old, new in differ.compare(editions[old].compared, editions[new].compared) }
        let chains = byCountry.mapValues { indices in Timeline.chains(of: indices.map { editions[$0].compared.edition }) }
        // The archive as a series, a country at a time on every core.
        let grouped = byCountry
        let series = Parallel.map(grouped.keys.sorted()) { key in
            let dated = grouped[key]!.map {
                (year: editions[$0].compared.edition.reportYear ?? 0, edition: editions[$0].compared.edition)
            }
            let statistics = grouped[key]!.map { editions[$0].compared.statistics }
            let name = dated[0].edition.country
            return DatasetWriter.Series(
                key: key, history: HistoryBuilder.history(country: name, editions: dated),
                ledger: LedgerBuilder.ledger(country: name, editions: dated),
                // The restated figures are checked on the statistics the comparisons extracted, not extracted again.
                checks: RestatementAuditor.audit(
                    country: name, editions: zip(dated, statistics).map { (year: $0.year, edition: $0.edition, statistics: $1) }))
        }
        // The phrases `terms` reports with no terms given, counted in every edition, from the same histories.
        let termCounts = PhraseCounter.counts(
            archive: series.map { country in
                (
                    country: country.history.country,
                    editions: grouped[country.key]!.map {
                        (year: editions[$0].compared.edition.reportYear ?? 0, edition: editions[$0].compared.edition)
                    }
                )
            },
            histories: series.map(\.history)
        ).map { (key: folder.countryKey($0.country), count: $0) }
        let placed = placedNotes(notes, editions: editions.map(\.compared), byCountry: byCountry, pairs: pairs, comparisons: comparisons)

        var missing: [(country: String, year: Int)] = []
        for year in folder.years {
            let present = Set(
                editions.filter { $0.compared.edition.reportYear == year }.map { folder.countryKey($0.compared.edition.country) })
            for (country, _) in table.placements(in: year)
            where table.isPlaced(country, in: year) == true && !present.contains(folder.countryKey(country)) {
                missing.append((country, year))
            }
        }
        missing.sort { ($0.year, $0.country) < ($1.year, $1.country) }

        let writer = DatasetWriter(
            editions: editions.map(\.compared), table: table, countryKey: folder.countryKey, pairs: pairs, comparisons: comparisons,
            chains: chains, byCountry: byCountry, notes: placed, missing: missing, series: series, termCounts: termCounts)
        try writer.write(to: database)
        return Result(
            editions: editions.count, parsed: editions.filter { !$0.reused }.count, reused: editions.filter(\.reused).count,
            changes: comparisons.reduce(0) { $0 + $1.changes.count }, notes: placed.count, missing: missing,
            panel: Panel(editions: editions.map(\.compared)))
    }

    /// A note placed in one edition.
    struct PlacedNote {
        var file: AnnotationFile
        var note: Note
        var written: Int
        var edition: Int
        var resolution: Resolution
    }

    /// Each note, in the edition it was written against and in every later edition of its country.
    private func placedNotes(
        _ notes: AnnotationSet, editions: [ComparedEdition], byCountry: [String: [Int]], pairs: [(Int, Int)],
        comparisons: [CountryComparison]
    ) -> [PlacedNote] {
        let byPath = Dictionary(
            editions.enumerated().map { (AnnotationSet.editionKey($1.edition.source.path), $0) },
            uniquingKeysWith: { a, _ in a })
        let pairIndex = Dictionary(pairs.enumerated().map { ($1.0 * editions.count + $1.1, $0) }, uniquingKeysWith: { a, _ in a })
        var placed: [PlacedNote] = []
        for file in notes.files {
            guard let path = AnnotationSet.editionPath(of: file), let written = byPath[AnnotationSet.editionKey(path)]
            else {
                warn(
                    Diagnostic(
                        .warning, location: SourceLocation(path: file.path),
                        message:
                            "its edition (\(AnnotationSet.editionPath(of: file) ?? "none named")) is not in the archive; its notes are left out"
                    ))
                continue
            }
            let writtenEdition = editions[written].edition
            let country = byCountry[folder.countryKey(writtenEdition.country)] ?? [written]
            for target in country where (editions[target].edition.reportYear ?? 0) >= (writtenEdition.reportYear ?? 0) {
                let comparison = pairIndex[written * editions.count + target].map { comparisons[$0] }
                let resolver = AnnotationResolver(target: editions[target], written: writtenEdition, comparison: comparison)
                for note in file.notes {
                    placed.append(PlacedNote(file: file, note: note, written: written, edition: target, resolution: resolver.resolve(note)))
                }
            }
        }
        return placed
    }
}
