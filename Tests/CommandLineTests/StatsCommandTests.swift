import Foundation
import Testing

/// `tipdiff stats` in its three formats.
@Suite struct StatsCommandTests {
    @Test func textListsKeysAndValues() throws {
        let run = try Run(["stats", "Reports/2025/cuba.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Cuba 2025: 56 statistics"))
        #expect(run.stdout.contains("prevention.labor-inspections"))
        #expect(run.stdout.contains("1818"))
    }

    @Test func csvOpensCleanlyInASpreadsheet() throws {
        let run = try Run(["stats", "Reports/2025/cuba.txt", "--format", "csv"])
        #expect(run.status == 0)
        let rows = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 57)
        #expect(rows[0].hasPrefix("country,year,section,sentence,key,value,upper"))
        #expect(rows[1].hasPrefix("Cuba,2025,prosecution,"))
        // A field with a comma is quoted, so every row has the header's number of fields outside quotes.
        let columns = rows[0].split(separator: ",").count
        for row in rows {
            var count = 1
            var quoted = false
            for c in row {
                if c == "\"" { quoted.toggle() } else if c == "," && !quoted { count += 1 }
            }
            #expect(count == columns, "\(row)")
        }
        #expect(run.stdout.contains("\"1,818\""))
    }

    @Test func jsonCarriesEveryField() throws {
        let run = try Run(["stats", "Reports/2025/cuba.txt", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let statistics = try #require(json["statistics"] as? [[String: Any]])
        #expect(statistics.count == 56)
        let first = statistics[0]
        for field in [
            "value", "upper", "openUpper", "unit", "currency", "qualifier", "counted", "action", "period", "priorOf", "section", "sentence",
            "range", "key",
        ] {
            #expect(first.keys.contains(field), "missing \(field)")
        }
    }
}
