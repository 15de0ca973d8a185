import Foundation
import TIPJobs
import TIPModel
import TIPReportsFolder
import TIPTestSupport
import Testing

@testable import TIPHistory

/// `terms` on a generated archive against the manifest's phrase, removed from most countries in one year.
@Suite struct TermsManifestTests {
    static let made: (archive: GeneratedArchive, archiveEditions: [(country: String, editions: [(year: Int, edition: Edition)])])? = {
        guard let archive = try? GeneratedArchive.make(), let folder = try? ReportsFolder(root: archive.root),
            let editions = try? ArchiveEditions.load(folder, country: nil)
        else { return nil }
        return (archive, editions)
    }()

    /// The manifest's phrase, its year and the countries that lost it.
    func removal() throws -> (phrase: String, year: Int, countries: [String]) {
        let (archive, _) = try #require(Self.made)
        let removed = try #require(archive.manifest["phraseRemoved"] as? [String: Any])
        return (removed["phrase"] as? String ?? "", removed["year"] as? Int ?? 0, removed["countries"] as? [String] ?? [])
    }

    @Test func thePhraseIsCountedInEveryCountryUntilTheYearMostDroppedIt() throws {
        let (_, editions) = try #require(Self.made)
        let (phrase, year, losing) = try removal()
        let report = TermCounter.report(archive: editions, terms: [phrase])
        let term = try #require(report.terms.first)
        #expect(losing.count < editions.count && losing.count >= 2)
        for cell in term.byYear {
            #expect(cell.count == (cell.year < year ? editions.count : editions.count - losing.count), "\(cell.year)")
        }
        let lateHits = term.hits.filter { $0.year >= year }.map(\.country)
        #expect(Set(lateHits).isDisjoint(with: losing))
        #expect(term.hits.allSatisfy { $0.text.contains(phrase) && $0.section == .profile })
    }

    @Test func thePhraseRemovedFromManyCountriesIsFoundWithTheCountriesThatDroppedIt() throws {
        let (_, editions) = try #require(Self.made)
        let (phrase, year, losing) = try removal()
        let report = TermCounter.report(archive: editions, terms: [])
        let found = report.removedFromMany.first { $0.year == year && $0.phrase.contains(phrase) }
        let first = try #require(found, "\(report.removedFromMany)")
        #expect(first.countries == losing)
        #expect(report.removedFromMany.filter { $0.year == year }.allSatisfy { $0.countries.count <= losing.count })
        #expect(first.comparable == editions.count)
        #expect(report.changedMost.contains(first))
        // Numbers alone (a figure's new value and year) are not wording.
        #expect(report.removedFromMany.allSatisfy { $0.phrase.contains { $0.isLetter } })
    }

    @Test func thePhraseRemovedFromManyCountriesIsCountedInEveryEditionZeroAfterItWent() throws {
        let (_, editions) = try #require(Self.made)
        let (phrase, year, losing) = try removal()
        let histories = editions.map { HistoryBuilder.history(country: $0.country, editions: $0.editions) }
        let counts = PhraseCounter.counts(archive: editions, histories: histories)
        let phrases = PhraseCounter.phrases(TermCounter.shifts(histories))
        #expect(counts.count == phrases.count * editions.reduce(0) { $0 + $1.editions.count })
        let shift = try #require(
            TermCounter.report(archive: editions, terms: []).removedFromMany.first { $0.year == year && $0.phrase.contains(phrase) })
        let rows = counts.filter { $0.phrase == shift.phrase }
        #expect(Set(rows.map(\.country)) == Set(editions.map(\.country)))
        for row in rows {
            let gone = losing.contains(row.country) && row.year >= year
            #expect(gone ? row.count == 0 : row.count >= 1, "\(row)")
        }
    }

    @Test func sectionLengthsCountEveryEditionsSentences() throws {
        let (_, editions) = try #require(Self.made)
        let report = TermCounter.report(archive: editions, terms: ["regime"])
        let year = try #require(report.years.first)
        let sentences = editions.flatMap { $0.editions.filter { $0.year == year }.flatMap { $0.edition.sections.flatMap(\.sentences) } }
        #expect(report.sectionLengths.filter { $0.year == year }.map(\.sentences).reduce(0, +) == sentences.count)
        #expect(report.sectionLengths.filter { $0.year == year && $0.section == .profile }.first?.editions == editions.count)
    }

    @Test func wholeWordsOnly() {
        #expect(TermCounter.occurrences(of: "labor", in: "forced labor and laborers; labor.") == 2)
        #expect(TermCounter.occurrences(of: "forced labor", in: "forced labour") == 0)
    }
}
