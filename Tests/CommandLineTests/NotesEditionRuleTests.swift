import Foundation
import GRDB
import Testing

/// Which edition a notes file was written against is one rule in every job: a file whose `edition:` reads
/// `./Reports/2024/cuba.txt` was written against the 2024 edition in the report, the export and `annotate
/// check` alike, so its quote of 2024 wording is followed into 2025 rather than orphaned.
@Suite struct NotesEditionRuleTests {
    /// A checkout with two years of Cuba (2024 says "investigated 9 domestic", 2025 "14") and a notes file
    /// naming the 2024 edition with a leading `./`.
    private func checkout() throws -> URL {
        let folder = try temporaryFolder()
        let new = try String(contentsOf: Run.root.appendingPathComponent("Reports/2025/cuba.txt"), encoding: .utf8)
        let old = new.replacingOccurrences(of: "investigated 14 domestic", with: "investigated 9 domestic")
        let files = [
            ("Reports/2024/cuba.txt", old), ("Reports/2025/cuba.txt", new),
            (
                "Annotations/cuba-2024.yaml",
                "edition: ./Reports/2024/cuba.txt\nnotes:\n  - id: old-figure\n    note: x\n    anchor: {quote: \"investigated 9 domestic\"}\n"
            ),
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func aDotSlashEditionIsTheOlderEditionInTheReport() throws {
        let folder = try checkout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["report", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("notes: 1 placed, 0 orphaned (from 1 file)"))
        let xml = try String(contentsOf: folder.appendingPathComponent("out/report.xml"), encoding: .utf8)
        #expect(xml.contains(#"<note id="old-figure" state="fuzzy" anchor="quote""#))
    }

    @Test func aDotSlashEditionIsTheOlderEditionInTheExport() throws {
        let folder = try checkout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["export", "--db", "tip.sqlite"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("tip.sqlite").path)
        let rows = try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT w.path AS written, e.path AS edition, n.state FROM notes n
                    JOIN editions w ON w.id = n.written_edition_id JOIN editions e ON e.id = n.edition_id ORDER BY e.path
                    """)
        }
        #expect(
            rows.map { [$0["written"], $0["edition"], $0["state"]] as [String] } == [
                ["Reports/2024/cuba.txt", "Reports/2024/cuba.txt", "exact"], ["Reports/2024/cuba.txt", "Reports/2025/cuba.txt", "fuzzy"],
            ])
    }

    @Test func aDotSlashEditionIsTheOlderEditionInAnnotateCheck() throws {
        let folder = try checkout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["annotate", "check", "Annotations/cuba-2024.yaml", "--edition", "Reports/2025/cuba.txt"], in: folder)
        #expect(run.status == 0, "fuzzy against another edition than its own is no failure: \(run.stderr)")
        #expect(run.stdout.contains("fuzzy    old-figure                prosecution, sentence 9 (67% alike)"))
        let own = try Run(["annotate", "check", "Annotations/cuba-2024.yaml", "--edition", "Reports/2024/cuba.txt"], in: folder)
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stdout.contains("exact    old-figure"))
    }
}
