import Foundation
import TIPHistory
import TIPModel
import TIPTestSupport
import Testing

/// The history's lineages and its renderers on three small editions of the seed with known edits.
@Suite struct HistoryRenderingTests {
    static let dropped = "The regime did not report having procedures to identify forced labor victims."
    static let reworded = "reported having procedures to proactively identify"

    /// 2023: the seed with one more sentence; 2024: that sentence dropped and one reworded; 2025: the seed.
    func history() throws -> SentenceHistory {
        let extra = "The regime maintained prevention efforts."
        let added = extra + " Officials in the capital opened a hotline staffed by volunteers."
        let older = try Seed.edition(Seed.text.replacingOccurrences(of: extra, with: added), year: 2023)
        let middle = try Seed.edition(
            Seed.text.replacingOccurrences(of: Self.dropped + " ", with: "")
                .replacingOccurrences(of: Self.reworded, with: "reported having any procedures to proactively identify"),
            year: 2024)
        let newest = try Seed.edition(year: 2025)
        return HistoryBuilder.history(country: "Cuba", editions: [(2025, newest), (2023, older), (2024, middle)])
    }

    @Test func editionsAreChainedInYearOrderWhateverOrderTheyCameIn() throws {
        #expect(try history().years == [2023, 2024, 2025])
    }

    @Test func aSentenceDroppedAndPutBackIsANewLineage() throws {
        let history = try history()
        let again = try #require(history.lineage(of: Self.dropped))
        #expect(again.firstYear == 2025)
        let gone = history.dropped.filter { $0.text == Self.dropped }
        #expect(gone.map(\.lastYear) == [2023])
    }

    @Test func aSentenceRewordedTwiceKeepsItsFirstYearAndBothRewordings() throws {
        let history = try history()
        let lineage = try #require(history.current.first { $0.text.contains(Self.reworded) })
        #expect(lineage.firstYear == 2023)
        #expect(lineage.rewordedYears == [2024, 2025])
        #expect(lineage.events[0].added.map { $0.trimmingCharacters(in: .whitespaces) } == ["any"])
        #expect(lineage.firstText.contains(Self.reworded))
        #expect(lineage.age(newest: 2025, oldest: 2023) == "reworded in 2025")
    }

    @Test func textGivesEachSentencesAgeAndTheWordsThatChanged() throws {
        let text = HistoryText.render(try history())
        #expect(text.hasPrefix("Cuba: 3 editions (2023–2025), "))
        #expect(text.contains("    since 2023        The regime maintained prevention efforts."))
        #expect(text.contains("      reworded in 2024: (nothing) → any"))
        #expect(text.contains("  last in 2023  prevention       Officials in the capital opened a hotline staffed by volunteers."))
    }

    @Test func htmlShowsADroppedSentenceWhereItStood() throws {
        let html = HistoryHTML.render(try history())
        let verdict = try #require(html.range(of: "The regime maintained prevention efforts.</span>"))
        let hotline = try #require(html.range(of: "<del>Officials in the capital opened a hotline staffed by volunteers.</del>"))
        let next = try #require(html.range(of: "The Cuban regime did not make sufficient efforts"))
        #expect(verdict.upperBound <= hotline.lowerBound && hotline.upperBound <= next.lowerBound)
        #expect(html.contains("<span class=\"age gone\">last in 2023</span>"))
        #expect(html.contains("Content-Security-Policy"))
    }

    @Test func csvRowsGiveTheSentenceAsEachEditionPrintedIt() throws {
        let history = try history()
        let csv = HistoryCSV.render(history)
        let id = try #require(history.current.first { $0.text.contains(Self.reworded) }).id
        let rows = csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("Cuba,sentence,protection,") && $0.contains(",\(id),") }
        #expect(rows.count == 3)
        #expect(rows[0].contains(",2023,\(id),first,,") && rows[0].contains(Self.reworded))
        #expect(rows[1].contains(",2024,\(id),reworded,,") && rows[1].contains("having any procedures") && rows[1].hasSuffix(",,any"))
        #expect(rows[2].contains(",2025,\(id),reworded,,") && rows[2].contains(Self.reworded) && rows[2].hasSuffix(",any,"))
        #expect(csv.contains("Cuba,share,prevention,2024,,dropped,1,,,\r\n"))
    }
}
