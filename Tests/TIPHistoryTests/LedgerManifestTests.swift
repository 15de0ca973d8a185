import Foundation
import TIPHistory
import TIPJobs
import TIPReportsFolder
import TIPTestSupport
import Testing

/// The recommendation ledger of a generated archive against the generator's manifest, entry by entry.
@Suite struct LedgerManifestTests {
    static let made: (archive: GeneratedArchive, ledger: RecommendationLedger)? = {
        guard let archive = try? GeneratedArchive.make(), let folder = try? ReportsFolder(root: archive.root),
            let ledger = try? LedgerJob(folder: folder).run(country: nil)
        else { return nil }
        return (archive, ledger)
    }()

    @Test func everyRecommendationsYearsAndStatusesMatchTheManifest() throws {
        let (archive, ledger) = try #require(Self.made)
        var checked: [String: Int] = [:]
        for country in ledger.countries {
            let records = archive.country(country.country)["recommendations"] as? [String: [String: Any]] ?? [:]
            #expect(records.count == country.entries.count, "\(country.country)")
            for (id, record) in records {
                let events = record["events"] as? [[String: Any]] ?? []
                let first = events.first?["text"] as? String
                let match = country.entries.first { $0.firstYear == record["first"] as? Int && $0.years.first?.text == first }
                let entry = try #require(match, "\(country.country) \(id): \(first ?? "")")
                let expected = events.map { "\($0["year"] as? Int ?? 0) \($0["status"] as? String ?? "")" }
                #expect(entry.years.map { "\($0.year) \($0.status.rawValue)" } == expected, "\(country.country) \(id)")
                #expect(entry.droppedYear == record["dropped"] as? Int)
                for event in events { checked[event["status"] as? String ?? "", default: 0] += 1 }
            }
        }
        #expect(LedgerStatus.allCases.allSatisfy { checked[$0.rawValue, default: 0] > 0 }, "\(checked)")
    }

    @Test func theArchiveWideCountsAddUpTheCountries() throws {
        let (_, ledger) = try #require(Self.made)
        let year = try #require(ledger.years.last)
        let repeated = ledger.countries.map { country in country.entries.filter { $0.status(in: year) == .repeated }.count }
        #expect(ledger.count(.repeated, in: year) == repeated.reduce(0, +))
        #expect(
            ledger.count(.first, in: ledger.years[0])
                == ledger.countries.map { $0.entries.filter { $0.firstYear == ledger.years[0] }.count }.reduce(0, +))
    }

    @Test func evidenceSharesTheRecommendationsSubject() throws {
        let (_, ledger) = try #require(Self.made)
        let entries = ledger.countries.flatMap(\.entries)
        let years = entries.flatMap(\.years).filter { !$0.evidence.isEmpty }
        #expect(!years.isEmpty)
        for year in years {
            #expect(year.evidence.count <= LedgerBuilder.evidencePerYear)
            for evidence in year.evidence {
                #expect([.prosecution, .protection, .prevention].contains(evidence.section))
                #expect(evidence.shared.count >= LedgerBuilder.sharedWords)
                #expect(
                    evidence.shared.allSatisfy { evidence.text.lowercased().contains($0) && (year.text ?? "").lowercased().contains($0) })
            }
        }
    }

    @Test func longCSVHasARowPerCountryRecommendationAndYear() throws {
        let (_, ledger) = try #require(Self.made)
        let csv = LedgerCSV.render(ledger)
        let rows = ledger.countries.flatMap(\.entries).map(\.years.count).reduce(0, +)
        #expect(csv.hasPrefix("country,recommendation,year,status,text,evidence\r\n"))
        #expect(csv.contains(",R1,\(ledger.years[0]),first,"))
        // Evidence cells hold line feeds inside quotes; rows end in CR LF.
        #expect(csv.components(separatedBy: "\r\n").count - 2 == rows)
    }
}
