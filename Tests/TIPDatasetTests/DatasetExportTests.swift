import Foundation
import GRDB
import TIPDataset
import TIPDiff
import TIPHistory
import TIPModel
import TIPParsing
import TIPReportsFolder
import TIPStatistics
import TIPSupport
import TIPTestSupport
import Testing

@testable import TIPTierTables

/// The dataset against the parsed editions: row counts and values per table, the full-text index, foreign
/// keys, recommendation chains, notes per edition, an incremental second export, the panel and the
/// country-years a partial archive lacks.
@Suite struct DatasetExportTests {
    /// Reports/2023-2025 for Cuba (illustrative variants of the seed: inspections 950, 1,204, 1,818; one
    /// recommendation new in 2025) and Haiti for 2024-2025; a notes file written against Cuba 2024.
    private func archive() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-dataset-\(UUID().uuidString)")
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let y2023 = Seed.text.replacingOnce("conducted 1,818 labor inspections", with: "conducted 950 labor inspections")
            .replacingOnce("- Cease recruitment of children for military activities before the mandatory military service age.\n", with: "")
        let y2024 = Seed.text.replacingOnce("conducted 1,818 labor inspections", with: "conducted 1,204 labor inspections")
        let files = [
            ("Reports/2023/cuba.txt", y2023), ("Reports/2024/cuba.txt", y2024), ("Reports/2025/cuba.txt", Seed.text),
            ("Reports/2024/haiti.txt", renamed("Haiti")), ("Reports/2025/haiti.txt", renamed("Haiti")),
            (
                "Annotations/cuba-2024.yaml",
                "edition: \(root.path)/Reports/2024/cuba.txt\nnotes:\n  - id: inspections\n    note: x\n    anchor: {statistic: prevention.labor-inspections}\n"
            ),
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    private func export(_ root: URL, counter: WorkCounter? = nil) throws -> DatasetExport.Result {
        let export = DatasetExport(folder: try ReportsFolder(root: root.appendingPathComponent("Reports").path), counter: counter)
        return try export.run(
            database: root.appendingPathComponent("out/tip.sqlite").path, annotations: [root.appendingPathComponent("Annotations").path],
            explicit: true)
    }

    private func database(_ root: URL) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: root.appendingPathComponent("out/tip.sqlite").path, configuration: configuration)
    }

    @Test func eachTableHoldsWhatTheEditionsSay() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try export(root)
        let editions =
            try ReportsFolder(root: root.appendingPathComponent("Reports").path).editions(of: "Cuba")
            + ReportsFolder(root: root.appendingPathComponent("Reports").path).editions(of: "Haiti")
        let statistics = editions.map { StatisticsExtractor().statistics(in: $0) }
        let cuba = Array(editions.prefix(3))
        let changes = [(cuba[0], cuba[1]), (cuba[1], cuba[2]), (editions[3], editions[4])].reduce(0) {
            $0 + Differ().compare($1.0, $1.1).changes.count
        }

        let db = try database(root)
        try db.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM editions") == 5)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sections") == editions.reduce(0) { $0 + $1.sections.count })
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences")
                    == editions.reduce(0) { $0 + $1.sections.reduce(0) { $0 + $1.sentences.count } })
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM statistics") == statistics.reduce(0) { $0 + $1.count })
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM recommendations") == editions.reduce(0) { $0 + $1.recommendations.count })
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM changes") == changes)
            #expect(result.changes == changes)

            #expect(
                try Double.fetchAll(
                    db,
                    sql: """
                        SELECT s.value FROM statistics s JOIN editions e ON e.id = s.edition_id
                        WHERE e.country = 'Cuba' AND s.key = 'prevention.labor-inspections' AND NOT s.earlier_period ORDER BY e.year
                        """) == [950, 1204, 1818])
            #expect(try String.fetchOne(db, sql: "SELECT tier FROM editions WHERE country = 'Cuba' AND year = 2025") == "Tier 3")
            #expect(
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT se.text FROM statistics s JOIN sentences se ON se.id = s.sentence_id JOIN editions e ON e.id = s.edition_id
                        WHERE e.year = 2025 AND e.country = 'Cuba' AND s.key = 'prevention.labor-inspections'
                        """)?.contains("1,818 labor inspections") == true)
            #expect(
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM changes WHERE kind = 'statistic-changed' AND payload LIKE '%labor-inspections%'")
                    == 2)

            // The full-text index finds what a plain search of the sentences finds.
            let forcedLabor = editions.flatMap { $0.sections.flatMap(\.sentences) }.filter { $0.text.lowercased().contains("forced labor") }
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '\"forced labor\"'")
                    == forcedLabor.count)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)

            // A recommendation carried through three years is one chain; the one new in 2024 starts its own.
            let carried = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.chain_id, r.status, e.year FROM recommendations r JOIN editions e ON e.id = r.edition_id
                    WHERE e.country = 'Cuba' AND r.text LIKE 'Cease threats and deceptive practices%' ORDER BY e.year
                    """)
            #expect(carried.map { $0["status"] as String } == ["new", "carried", "carried"])
            #expect(Set(carried.map { $0["chain_id"] as Int }).count == 1)
            #expect(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT r.status FROM recommendations r JOIN editions e ON e.id = r.edition_id
                        WHERE e.country = 'Cuba' AND r.text LIKE 'Cease recruitment of children%' ORDER BY e.year
                        """) == ["new", "carried"])

            // The note written against 2024 is placed there and followed into 2025, not back into 2023.
            #expect(
                try String.fetchAll(
                    db, sql: "SELECT e.year || ' ' || n.state FROM notes n JOIN editions e ON e.id = n.edition_id ORDER BY e.year")
                    == ["2024 exact", "2025 exact"])
        }
        #expect(result.notes == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path)
        #expect(leftovers == ["tip.sqlite"], "no temporary file left beside it")
    }

    @Test func theSeriesTablesHoldEachSentencesLineageTheLedgerAndTheRestatementChecks() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try export(root)
        let folder = try ReportsFolder(root: root.appendingPathComponent("Reports").path)
        let cuba = Array(zip([2023, 2024, 2025], try folder.editions(of: "Cuba")))
        let history = HistoryBuilder.history(country: "Cuba", editions: cuba)
        let checks = RestatementAuditor.audit(country: "Cuba", editions: cuba)
        let db = try database(root)
        try db.read { (db: Database) throws in
            let cubaID = try #require(try Int.fetchOne(db, sql: "SELECT id FROM countries WHERE name = 'Cuba'"))
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sentence_lineages WHERE country_id = ?", arguments: [cubaID])
                    == history.lineages.count)
            #expect(
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM sentence_events JOIN sentence_lineages l ON l.id = lineage_id WHERE l.country_id = ?",
                    arguments: [cubaID])
                    == history.lineages.reduce(0) { $0 + $1.events.count })
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM section_shares WHERE country_id = ?", arguments: [cubaID])
                    == history.shares.count)
            // The recommendation the 2023 edition lacks is first printed in 2024 and repeated in 2025.
            let statuses = try String.fetchAll(
                db,
                sql:
                    "SELECT year || ' ' || status FROM ledger WHERE country_id = ? AND recommendation = (SELECT recommendation FROM ledger WHERE text LIKE 'Cease recruitment of children%' AND country_id = ? LIMIT 1) ORDER BY year",
                arguments: [cubaID, cubaID])
            #expect(statuses == ["2024 first", "2025 repeated"])
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM restatement_checks WHERE country_id = ?", arguments: [cubaID])
                    == checks.count)
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM restatement_checks WHERE status = 'not found' AND year = 2023") ?? 0 > 0)
        }
    }

    @Test func termCountsHoldThePhrasesTermsReportsCountedInEveryEdition() throws {
        let archive = try GeneratedArchive.make()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-terms-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let folder = try ReportsFolder(root: archive.root)
        _ = try DatasetExport(folder: folder).run(database: out, annotations: [], explicit: true)
        let removed = try #require(archive.manifest["phraseRemoved"] as? [String: Any])
        let (phrase, year) = (try #require(removed["phrase"] as? String), try #require(removed["year"] as? Int))
        let losing = Set(removed["countries"] as? [String] ?? [])
        var byCountry: [String: [(year: Int, edition: Edition)]] = [:]
        for year in folder.years {
            for edition in try folder.loader().editions(at: folder.folder(of: year)) {
                byCountry[edition.country, default: []].append((year, edition))
            }
        }
        let editions = byCountry.keys.sorted().map { (country: $0, editions: byCountry[$0]!) }
        let histories = editions.map { HistoryBuilder.history(country: $0.country, editions: $0.editions) }
        let expected = PhraseCounter.counts(archive: editions, histories: histories)
        var configuration = Configuration()
        configuration.readonly = true
        try DatabaseQueue(path: out, configuration: configuration).read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM term_counts") == expected.count)
            #expect(try Int.fetchOne(db, sql: "SELECT sum(count) FROM term_counts") == expected.reduce(0) { $0 + $1.count })
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT name, year, count FROM term_counts JOIN countries c ON c.id = country_id WHERE instr(phrase, ?) > 0 ORDER BY phrase, name, year",
                arguments: [phrase])
            #expect(!rows.isEmpty)
            for row in rows {
                let (name, rowYear, count): (String, Int, Int) = (row["name"], row["year"], row["count"])
                if losing.contains(name) && rowYear >= year { #expect(count == 0, "\(name) \(rowYear)") }
            }
        }
    }

    @Test func aSecondExportReadsOnlyTheEditionThatChanged() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = WorkCounter()
        #expect(try export(root, counter: first).parsed == 5)
        #expect(first[.editionsParsed] == 5)

        let changed = root.appendingPathComponent("Reports/2025/haiti.txt")
        try Data(Seed.text.replacingOccurrences(of: "Cuba", with: "Haiti").replacingOnce("1,818", with: "2,020").utf8).write(to: changed)
        let second = WorkCounter()
        let result = try export(root, counter: second)
        #expect(second[.editionsParsed] == 1, "only Haiti 2025 read again")
        #expect((result.parsed, result.reused) == (1, 4))
        try database(root).read { (db: Database) throws in
            #expect(
                try Double.fetchOne(
                    db,
                    sql: """
                        SELECT s.value FROM statistics s JOIN editions e ON e.id = s.edition_id
                        WHERE e.country = 'Haiti' AND e.year = 2025 AND s.key = 'prevention.labor-inspections'
                        """) == 2020)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM editions") == 5)
        }
    }

    @Test func thePanelHasARowPerEditionAndReadsBack() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let panel = try export(root).panel
        let records = CSVReader.records(PanelCSV.render(panel)).map(\.fields)
        #expect(records.count == 6)
        #expect(records[0].prefix(4) == ["country", "year", "tier", "movement"])
        #expect(records.allSatisfy { $0.count == records[0].count })
        let cuba2025 = try #require(records.first { $0[0] == "Cuba" && $0[1] == "2025" })
        let column = { (name: String) in records[0].firstIndex(of: name)! }
        #expect(cuba2025[column("tier")] == "Tier 3")
        #expect(cuba2025[column("prosecution_verdict")] == "maintained")
        #expect(cuba2025[column("prosecutions")] == "20")
        #expect(cuba2025[column("prosecutions_earlier")] == "6")
        #expect(cuba2025[column("victims_identified")] == "", "empty where the edition does not say")
    }

    @Test func aPartialArchiveSaysWhichCountryYearsAreMissing() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try export(root)
        let table = try TierData.table(folder: nil)
        #expect(result.missing.contains { $0 == ("Afghanistan", 2023) })
        #expect(!result.missing.contains { $0.country == "Cuba" || ($0.country == "Haiti" && $0.year != 2023) })
        #expect(result.missing.allSatisfy { table.isPlaced($0.country, in: $0.year) == true })
        try database(root).read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM missing") == result.missing.count)
        }
    }

    @Test func aFileThatIsNotADatasetIsNeverReplaced() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("out/tip.sqlite")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("my notes, not a database\n".utf8).write(to: target)
        #expect(throws: DatasetError.self) { try export(root) }
        #expect(try String(contentsOf: target, encoding: .utf8) == "my notes, not a database\n")
    }

    @Test func aFileSavedAtTheTargetWhileTheExportRunsIsKept() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("out/tip.sqlite")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A partial narrative makes the loader warn, after the start-up check: the user saves a file then.
        try Data("PROSECUTION\n\nThe government investigated three cases.\n".utf8).write(
            to: root.appendingPathComponent("Reports/2025/belize.txt"))
        let export = DatasetExport(
            folder: try ReportsFolder(root: root.appendingPathComponent("Reports").path),
            warn: { _ in try? Data("saved meanwhile\n".utf8).write(to: target) })
        #expect {
            try export.run(database: target.path, annotations: [root.appendingPathComponent("Annotations").path], explicit: true)
        } throws: { error in
            (error as? DatasetError)?.reason.hasPrefix("not a tipdiff dataset") == true
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "saved meanwhile\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["tip.sqlite"])
    }

    @Test func aDatasetAnotherProcessHoldsLockedIsCalledBusy() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try export(root)
        // Another process holds the dataset in an exclusive transaction.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = [
            "python3", "-c",
            "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)",
            root.appendingPathComponent("out/tip.sqlite").path,
        ]
        let output = Pipe()
        holder.standardOutput = output
        try holder.run()
        defer { holder.terminate() }
        #expect(output.fileHandleForReading.availableData.starts(with: Data("locked".utf8)))
        #expect {
            try export(root)
        } throws: { error in
            (error as? DatasetError)?.reason == "locked by another process (busy): try again when it is done"
        }
    }

    @Test func temporaryDatabasesOfKilledExportsAreRemovedAndOthersKept() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let dead = ".tip.sqlite.tipdiff-\(Int32.max).tmp"
        let left = [dead, dead + "-journal", ".tip.sqlite.\(UUID().uuidString).tmp", ".tip.sqlite.\(UUID().uuidString).tmp-wal"]
        let alive = ".tip.sqlite.tipdiff-\(getpid()).tmp-shm"
        let others = [".tip.sqlite.mine.tmp", ".other.sqlite.tipdiff-\(Int32.max).tmp", "tip.sqlite.tipdiff-\(Int32.max).tmp", alive]
        for name in left + others { try Data("x".utf8).write(to: out.appendingPathComponent(name)) }
        _ = try export(root)
        let now = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(now == Set(["tip.sqlite"] + others).subtracting([alive]), "this process's own are its to remove, on its way out")
    }

    @Test func aLinkedDatasetIsReplacedThroughItsLinkKeepingItsMode() throws {
        let root = try archive()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try export(root)
        let shared = root.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        let target = shared.appendingPathComponent("tip.sqlite").path
        let link = root.appendingPathComponent("out/tip.sqlite").path
        try FileManager.default.moveItem(atPath: link, toPath: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(chmod(target, 0o640) == 0)
        try Data(Seed.text.replacingOccurrences(of: "conducted 1,818 labor inspections", with: "conducted 7 labor inspections").utf8)
            .write(to: root.appendingPathComponent("Reports/2025/cuba.txt"))
        let result = try export(root)
        #expect(result.parsed == 1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target, "the link is still a link")
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o640)
        let queue = try database(root)
        let value = try queue.read { db in
            try Double.fetchOne(
                db,
                sql:
                    "SELECT s.value FROM statistics s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.key = 'prevention.labor-inspections'"
            )
        }
        #expect(value == 7)
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path) == ["tip.sqlite"])
    }
}
