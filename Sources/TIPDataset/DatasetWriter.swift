import Foundation
import GRDB
import TIPDiff
import TIPHistory
import TIPModel
import TIPStatistics
import TIPSupport
import TIPTierTables
import TIPTimelines

/// Writes the dataset's rows into a new SQLite file beside the target, checks its foreign keys, builds the
/// full-text index, and renames it over the target: a reader sees the old export or the new one, never half.
struct DatasetWriter {
    /// What `meta.format` holds, so that an export never replaces a file that is not one of ours.
    static let format = "tipdiff-dataset"

    var editions: [ComparedEdition]
    var table: TierTable
    var countryKey: (String) -> String
    var pairs: [(Int, Int)]
    var comparisons: [CountryComparison]
    var chains: [String: [Timeline.RecommendationHistory]]
    var byCountry: [String: [Int]]
    var notes: [DatasetExport.PlacedNote]
    var missing: [(country: String, year: Int)]
    var series: [Series]
    /// The phrases of `terms` with no terms given, counted per country (by its key) and year.
    var termCounts: [(key: String, count: PhraseCount)]
    /// Each edition's stored parse, and each comparison's change rows with their payloads, encoded on every
    /// core before the one writing transaction.
    private let snapshots: [Data]
    private let changeRows: [[(record: ChangeRecord, payload: String)]]

    init(
        editions: [ComparedEdition], table: TierTable, countryKey: @escaping (String) -> String, pairs: [(Int, Int)],
        comparisons: [CountryComparison], chains: [String: [Timeline.RecommendationHistory]], byCountry: [String: [Int]],
        notes: [DatasetExport.PlacedNote], missing: [(country: String, year: Int)], series: [Series] = [],
        termCounts: [(key: String, count: PhraseCount)] = []
    ) {
        (self.editions, self.table, self.countryKey, self.pairs, self.comparisons) = (editions, table, countryKey, pairs, comparisons)
        (self.chains, self.byCountry, self.notes, self.missing, self.series) = (chains, byCountry, notes, missing, series)
        self.termCounts = termCounts
        snapshots = Parallel.map(editions) { compared in (try? Self.encoder.encode(EditionSnapshot(compared.edition))) ?? Data() }
        changeRows = Parallel.map(comparisons) { comparison in
            ChangeRecords.of(Comparison(countries: [comparison])).map { record in
                (record, String(decoding: (try? Self.encoder.encode(record)) ?? Data(), as: UTF8.self))
            }
        }
    }

    /// One country's lineages, ledger and restatement checks, by its country key.
    struct Series: Sendable {
        var key: String
        var history: SentenceHistory
        var ledger: CountryLedger
        var checks: [RestatementCheck]
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    /// Writes the dataset to `path`. A symbolic link there is followed: its target is replaced in its own
    /// folder, keeping its mode and owner. The temporary files are removed on every way out, an interruption
    /// (SIGINT, SIGTERM, SIGHUP) included; those an earlier killed export left beside the target go first.
    func write(to path: String) throws(DatasetError) {
        let target = URL(fileURLWithPath: Self.resolved(path))
        let folder = target.deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw DatasetError(path: path, reason: "cannot create the folder \(folder.path)")
        }
        Self.removeLeftovers(of: target)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).tipdiff-\(getpid()).tmp").path
        let files = ["", "-journal", "-wal", "-shm"].map { temporary + $0 }
        for file in files { unlink(file) }
        let cleanup = InterruptCleanup(removing: files)
        defer {
            cleanup.cancel()
            for file in files { unlink(file) }
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            try queue.inTransaction { db in
                try db.execute(sql: DatasetSchema.tables)
                try insertRows(db)
                try db.execute(sql: "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
                let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                guard broken.isEmpty else {
                    throw DatasetError(path: path, reason: "internal error: \(broken.count) rows break a foreign key")
                }
                return .commit
            }
            try queue.close()
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(path: path, reason: "cannot write the dataset: \(error)")
        }
        var info = stat()
        if stat(target.path, &info) == 0 {
            guard chmod(temporary, info.st_mode & 0o7777) == 0 else { throw DatasetError(path: path, reason: "cannot keep its mode") }
            if info.st_uid != geteuid() || info.st_gid != getegid() {
                guard chown(temporary, info.st_uid, info.st_gid) == 0 else {
                    throw DatasetError(path: path, reason: "cannot keep its owner (\(info.st_uid):\(info.st_gid)); it is unchanged")
                }
            }
        }
        // Checked again right before the rename: a file saved at the path since the export began that is not
        // a dataset of ours is kept.
        try DatasetCache.check(path)
        guard rename(temporary, target.path) == 0 else {
            throw DatasetError(path: path, reason: "cannot replace it: \(String(cString: strerror(errno)))")
        }
    }

    /// The path a symbolic link finally points to (the path itself when it is none, or names nothing yet).
    private static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Removes the temporary databases earlier exports to `target` left when they were killed: named
    /// `.NAME.tipdiff-PID.tmp` (and SQLite's `-journal`, `-wal`, `-shm` beside it) for a process no longer
    /// running, or `.NAME.UUID.tmp` as exports before this one named them.
    static func removeLeftovers(of target: URL) {
        let folder = target.deletingLastPathComponent().path
        let prefix = ".\(target.lastPathComponent)."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            var rest = Substring(name.dropFirst(prefix.count))
            for suffix in ["-journal", "-wal", "-shm"] where rest.hasSuffix(suffix) { rest = rest.dropLast(suffix.count) }
            guard rest.hasSuffix(".tmp") else { continue }
            let stem = rest.dropLast(4)
            let ours: Bool
            if stem.hasPrefix("tipdiff-"), let pid = Int32(stem.dropFirst(8)) {
                ours = kill(pid, 0) != 0 && errno == ESRCH
            } else {
                ours = UUID(uuidString: String(stem)) != nil
            }
            var info = stat()
            if ours && lstat("\(folder)/\(name)", &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG { unlink("\(folder)/\(name)") }
        }
    }

    private func insertRows(_ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES ('format', ?), ('version', ?)", arguments: [Self.format, DatasetSchema.version])

        // Countries: the alias table's names, and any other name an edition gives.
        var countryIDs: [String: Int] = [:]
        var names = Set(table.aliases.countries)
        for edition in editions { names.insert(edition.edition.country) }
        let insertCountry = try db.makeStatement(sql: "INSERT INTO countries (id, name) VALUES (?, ?)")
        for name in names.sorted() where countryIDs[countryKey(name)] == nil {
            countryIDs[countryKey(name)] = countryIDs.count + 1
            try insertCountry.execute(arguments: [countryIDs.count, name])
        }
        let insertTier = try db.makeStatement(sql: "INSERT OR IGNORE INTO tiers VALUES (?, ?, ?, ?, ?)")
        for placement in table.placements {
            guard let id = countryIDs[countryKey(placement.country)] else { continue }
            try insertTier.execute(arguments: [id, placement.year, placement.tier.rawValue, placement.written, placement.source])
        }

        let insertEdition = try db.makeStatement(sql: "INSERT INTO editions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let insertSection = try db.makeStatement(
            sql: "INSERT INTO sections (edition_id, position, kind, heading, verdict, verdict_qualifier) VALUES (?, ?, ?, ?, ?, ?)")
        let insertSentence = try db.makeStatement(
            sql: "INSERT INTO sentences (section_id, edition_id, position, text, start, end) VALUES (?, ?, ?, ?, ?, ?)")
        let insertStatistic = try db.makeStatement(
            sql: """
                INSERT INTO statistics (edition_id, sentence_id, position, key, value, upper, open_upper, unit, currency, qualifier,
                    counted, period, earlier_period, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertSnapshot = try db.makeStatement(sql: "INSERT INTO edition_snapshots VALUES (?, ?)")
        for (index, compared) in editions.enumerated() {
            let edition = compared.edition
            let id = index + 1
            let tier = edition.tier
            try insertEdition.execute(arguments: [
                id, countryIDs[countryKey(edition.country)], edition.country, edition.reportYear, edition.source.path,
                edition.source.sha256,
                edition.source.format.rawValue, tier.placement.rawValue, tier.movement.rawValue, tier.previous?.rawValue,
                tier.effort?.rawValue, tier.waiver, tier.policyOrPattern, tier.consecutiveYears, tier.source?.rawValue, tier.statement,
            ])
            // Sentence rows by section kind and index, for the statistics that quote them.
            var sentenceIDs: [SectionKind: [Int]] = [:]
            for (position, section) in edition.sections.enumerated() {
                try insertSection.execute(arguments: [
                    id, position, section.kind.rawValue, section.heading, section.verdict?.rawValue, section.verdictQualifier,
                ])
                let sectionID = Int(db.lastInsertedRowID)
                var ids: [Int] = []
                for (sentencePosition, sentence) in section.sentences.enumerated() {
                    try insertSentence.execute(arguments: [
                        sectionID, id, sentencePosition, sentence.text, sentence.range.start, sentence.range.end,
                    ])
                    ids.append(Int(db.lastInsertedRowID))
                }
                if sentenceIDs[section.kind] == nil { sentenceIDs[section.kind] = ids }
            }
            for statistic in compared.statistics {
                let sentence = sentenceIDs[statistic.section].flatMap { statistic.sentence < $0.count ? $0[statistic.sentence] : nil }
                try insertStatistic.execute(arguments: [
                    id, sentence, statistic.index, statistic.key, statistic.value, statistic.upper, statistic.openUpper,
                    statistic.unit.description, statistic.currency, statistic.qualifier, statistic.counted, statistic.period,
                    statistic.prior,
                    statistic.text,
                ])
            }
            try insertSnapshot.execute(arguments: [id, snapshots[index]])
        }

        // Recommendations with the chain that follows each across years.
        let insertRecommendation = try db.makeStatement(
            sql: "INSERT INTO recommendations (edition_id, position, text, chain_id, status) VALUES (?, ?, ?, ?, ?)")
        var chainID = 0
        for key in chains.keys.sorted() {
            let indices = byCountry[key] ?? []
            var rows: [(edition: Int, position: Int, text: String, chain: Int, status: String)] = []
            for chain in chains[key] ?? [] {
                chainID += 1
                for appearance in chain.history {
                    guard let edition = indices.first(where: { editions[$0].edition.reportYear == appearance.year }) else { continue }
                    rows.append((edition + 1, appearance.index, appearance.text, chainID, appearance.status))
                }
            }
            for row in rows.sorted(by: { ($0.edition, $0.position) < ($1.edition, $1.position) }) {
                try insertRecommendation.execute(arguments: [row.edition, row.position, row.text, row.chain, row.status])
            }
        }

        let insertChange = try db.makeStatement(
            sql: """
                INSERT INTO changes (country_id, old_edition_id, new_edition_id, change_id, kind, category, section, old, new, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (((old, new), comparison), rows) in zip(zip(pairs, comparisons), changeRows) {
            for (record, payload) in rows {
                try insertChange.execute(arguments: [
                    countryIDs[countryKey(comparison.country)], old + 1, new + 1, record.id, record.kind.rawValue,
                    record.kind.category.rawValue, record.section?.rawValue, record.old, record.new, payload,
                ])
            }
        }

        let insertNote = try db.makeStatement(
            sql: """
                INSERT INTO notes (file, note_id, author, date, status, tags, anchor, body, written_edition_id, edition_id, state,
                    section, sentence, statistic_key, change_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for placed in notes {
            let resolution = placed.resolution
            try insertNote.execute(arguments: [
                placed.file.path, placed.note.id, placed.note.author, placed.note.date, placed.note.status.rawValue,
                placed.note.tags.joined(separator: ","), placed.note.anchor.kind, placed.note.text, placed.written + 1, placed.edition + 1,
                resolution.state.rawValue, resolution.section?.rawValue, resolution.sentence, resolution.key, resolution.change,
                resolution.reason,
            ])
        }

        try insertSeries(db, countryIDs: countryIDs)

        let insertMissing = try db.makeStatement(sql: "INSERT OR IGNORE INTO missing VALUES (?, ?, ?)")
        for (country, year) in missing {
            guard let id = countryIDs[countryKey(country)] else { continue }
            let tier = table.placements(in: year)[country]?.tier.rawValue ?? "a tier"
            try insertMissing.execute(arguments: [id, year, "placed on \(tier) in the tier tables; no edition in the \(year) folder"])
        }
    }

    /// The series tables: lineages with their events, section shares, the ledger, the restatement checks and the
    /// term counts.
    private func insertSeries(_ db: Database, countryIDs: [String: Int]) throws {
        let insertLineage = try db.makeStatement(
            sql: """
                INSERT INTO sentence_lineages (country_id, section, first_year, last_year, current, position, text, first_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertEvent = try db.makeStatement(sql: "INSERT INTO sentence_events VALUES (?, ?, ?, ?, ?, ?)")
        let insertShare = try db.makeStatement(sql: "INSERT INTO section_shares VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let insertLedger = try db.makeStatement(sql: "INSERT INTO ledger VALUES (?, ?, ?, ?, ?, ?)")
        let insertCheck = try db.makeStatement(
            sql: """
                INSERT INTO restatement_checks (country_id, key, period, status, year, value, quote, reported_year, reported_value,
                    reported_quote, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for country in series {
            guard let id = countryIDs[country.key] else { continue }
            for lineage in country.history.lineages {
                try insertLineage.execute(arguments: [
                    id, lineage.section.rawValue, lineage.firstYear, lineage.lastYear, lineage.isCurrent, lineage.position, lineage.text,
                    lineage.firstText,
                ])
                let lineageID = Int(db.lastInsertedRowID)
                for event in lineage.events {
                    try insertEvent.execute(arguments: [
                        lineageID, event.year, event.kind.rawValue, event.removed.joined(separator: " | "),
                        event.added.joined(separator: " | "), event.before,
                    ])
                }
            }
            for share in country.history.shares {
                try insertShare.execute(arguments: [
                    id, share.year, share.previousYear, share.section.rawValue, share.sentences, share.carried, share.reworded, share.new,
                    share.moved, share.dropped,
                ])
            }
            for entry in country.ledger.entries {
                for year in entry.years {
                    let evidence = year.evidence.map { "\($0.section.rawValue): \($0.text)" }.joined(separator: "\n")
                    try insertLedger.execute(arguments: [id, entry.id, year.year, year.status.rawValue, year.text, evidence])
                }
            }
            for check in country.checks {
                try insertCheck.execute(arguments: [
                    id, check.key, check.period, check.status.rawValue, check.restated.year, check.restated.value, check.restated.sentence,
                    check.reported?.year, check.reported?.value, check.reported?.sentence, check.reason,
                ])
            }
        }
        let insertTermCount = try db.makeStatement(sql: "INSERT INTO term_counts VALUES (?, ?, ?, ?)")
        for (key, count) in termCounts {
            guard let id = countryIDs[key] else { continue }
            try insertTermCount.execute(arguments: [count.phrase, id, count.year, count.count])
        }
    }
}
