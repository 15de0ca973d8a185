import Foundation
import TIPJobs
import TIPReportsFolder
import TIPSupport
import TIPTestSupport
import Testing

@testable import TIPHistory

/// The HTML pages of `ledger`, `restatements` and `terms` on the generated archive: self-contained, with a
/// table (caption, scopes) per country or term, and one chart per term.
@Suite struct SeriesHTMLTests {
    static let folder: (archive: GeneratedArchive, folder: ReportsFolder)? = {
        guard let archive = try? GeneratedArchive.make(), let folder = try? ReportsFolder(root: archive.root) else { return nil }
        return (archive, folder)
    }()

    /// The page allows its own style and nothing else: no script, no network.
    func expectSelfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("default-src 'none'; script-src 'none'; style-src 'sha256-"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"))
        #expect(html.components(separatedBy: "<table>").count == html.components(separatedBy: "<caption>").count)
    }

    @Test func theLedgerPageHasATablePerCountryWithARowPerRecommendation() throws {
        let (_, folder) = try #require(Self.folder)
        let ledger = try LedgerJob(folder: folder).run(country: nil)
        let html = LedgerHTML.render(ledger)
        expectSelfContained(html)
        for country in ledger.countries {
            #expect(
                html.contains(
                    "<caption>\(country.country): \(country.entries.count) recommendations over \(country.years.count) editions</caption>"))
        }
        let rows = ledger.countries.reduce(0) { $0 + $1.entries.count }
        #expect(html.components(separatedBy: "<tr><th scope=\"row\">R").count - 1 == rows)
        let dropped = ledger.countries.flatMap(\.entries).filter { $0.droppedYear != nil }
        #expect(!dropped.isEmpty)
        #expect(dropped.allSatisfy { html.contains("<span class=\"dropped\">\($0.droppedYear!) dropped</span>") })
    }

    @Test func theRestatementsPageHasARowPerCheckAndQuotesBothEditionsOfARevision() throws {
        let (_, folder) = try #require(Self.folder)
        let audit = try RestatementsJob(folder: folder).run(country: nil)
        let html = RestatementHTML.render(audit)
        expectSelfContained(html)
        #expect(html.components(separatedBy: "</td><td class=\"").count - 1 == audit.checks.count)
        #expect(html.components(separatedBy: "<td class=\"revised\">revised</td>").count - 1 == audit.count(.revised))
        let revised = try #require(audit.checks.first { $0.status == .revised })
        #expect(
            html.contains(HTMLEscaping.escaped(revised.reported!.sentence))
                && html.contains(HTMLEscaping.escaped(revised.restated.sentence)))
        #expect(audit.countries.allSatisfy { html.contains("<caption>\($0): ") })
    }

    @Test func theTermsPageDrawsOneChartPerTermWithALabelledAxis() throws {
        let (archive, folder) = try #require(Self.folder)
        let phrase = try #require((archive.manifest["phraseRemoved"] as? [String: Any])?["phrase"] as? String)
        let report = try TermsJob(folder: folder).run(country: nil, terms: [phrase, "trafficking"])
        let html = TermsHTML.render(report)
        expectSelfContained(html)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        let term = try #require(report.terms.first)
        let top = TermsHTML.roundTop(term.byYear.map(\.count).max() ?? 0)
        #expect(top >= term.byYear.map(\.count).max() ?? 0)
        #expect(html.contains(">hits</text>") && html.contains("class=\"axis tick\"") && html.contains(">\(top)</text>"))
        let summary = term.byYear.map { "\($0.year) \($0.count)" }.joined(separator: ", ")
        #expect(html.contains("aria-label=\"\(HTMLEscaping.escaped("Hits of \u{201C}\(phrase)\u{201D} per year: \(summary)"))\""))
        #expect(html.components(separatedBy: "<circle class=\"point\"").count - 1 == 2 * report.years.count)
    }

    @Test func theAxisTopIsARoundNumberWithAWholeHalf() {
        #expect([0, 1, 2, 3, 4, 5, 10, 11, 39, 41, 101].map(TermsHTML.roundTop) == [2, 2, 2, 4, 4, 10, 10, 20, 40, 100, 200])
    }

    @Test func withNoTermsThePageListsTheWordingRemovedFromManyCountries() throws {
        let (archive, folder) = try #require(Self.folder)
        let phrase = try #require((archive.manifest["phraseRemoved"] as? [String: Any])?["phrase"] as? String)
        let report = try TermsJob(folder: folder).run(country: nil, terms: [])
        let html = TermsHTML.render(report)
        expectSelfContained(html)
        #expect(html.contains("<h2>Removed from many countries in one year</h2>"))
        #expect(report.removedFromMany.contains { $0.phrase.contains(phrase) })
        #expect(!html.contains("<svg "))
    }
}
