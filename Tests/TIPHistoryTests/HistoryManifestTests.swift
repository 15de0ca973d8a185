import Foundation
import TIPHistory
import TIPModel
import TIPParsing
import TIPReportsFolder
import TIPTestSupport
import Testing

/// The sentence history of each country of a generated archive against what the generator says it did.
@Suite struct HistoryManifestTests {
    /// The archive and each country's history, made once for the suite.
    static let made: (archive: GeneratedArchive, histories: [String: SentenceHistory])? = {
        guard let archive = try? GeneratedArchive.make(), let folder = try? ReportsFolder(root: archive.root) else { return nil }
        var histories: [String: SentenceHistory] = [:]
        for name in (archive.manifest["countries"] as? [String: Any] ?? [:]).keys {
            guard let editions = try? folder.editions(of: name) else { return nil }
            let years = folder.editionPaths(of: name).map(\.year)
            histories[name] = HistoryBuilder.history(country: name, editions: Array(zip(years, editions)))
        }
        return (archive, histories)
    }()

    let archive: GeneratedArchive
    let histories: [String: SentenceHistory]

    init() throws {
        let made = try #require(Self.made, "Tools/make-archive.py wrote an archive every edition of which loads")
        archive = made.archive
        histories = made.histories
    }

    /// The manifest's sentences of `country` that something happened to, by id.
    func sentences(_ country: String) -> [String: [String: Any]] {
        archive.country(country)["sentences"] as? [String: [String: Any]] ?? [:]
    }

    /// The lineage whose last text is `text` in `section`.
    func lineage(_ history: SentenceHistory, _ text: String, _ section: String) -> SentenceLineage? {
        history.lineages.first { $0.text == text && $0.section.rawValue == section }
    }

    @Test func theArchiveHasTenYearsOrMoreOfSeveralCountries() {
        #expect((archive.manifest["years"] as? [Int])?.count ?? 0 >= 10)
        #expect(histories.count >= 3)
        #expect(histories.values.allSatisfy { $0.years.count == 11 })
        // Every kind of edit happens somewhere, so that no check below passes for want of cases.
        var totals: [String: Int] = [:]
        for name in histories.keys {
            let years = archive.country(name)["sections"] as? [String: [String: [String: Int]]] ?? [:]
            for counts in years.values.flatMap(\.values) { totals.merge(counts, uniquingKeysWith: +) }
        }
        #expect(["new", "reworded", "moved", "dropped"].allSatisfy { totals[$0, default: 0] > 0 }, "\(totals)")
    }

    @Test func everyAddedSentenceIsNewInTheEditionThatAddedIt() throws {
        var checked = 0
        for (country, history) in histories {
            let oldest = history.years[0]
            for (id, sentence) in sentences(country) where sentence["first"] as? Int != oldest {
                let match = lineage(history, sentence["text"] as! String, sentence["section"] as! String)
                let found = try #require(match, "\(country) \(id): \(sentence["text"] as? String ?? "")")
                #expect(found.firstYear == sentence["first"] as? Int, "\(country) \(id): \(found.text)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test func droppedSentencesEndInTheEditionBeforeTheirDrop() throws {
        var checked = 0
        for (country, history) in histories {
            for (id, sentence) in sentences(country) {
                let match = lineage(history, sentence["text"] as! String, sentence["section"] as! String)
                let found = try #require(match, "\(country) \(id): \(sentence["text"] as? String ?? "")")
                if let last = sentence["last"] as? Int {
                    #expect(!found.isCurrent && found.lastYear == last, "\(country) \(id): \(found.text)")
                    checked += 1
                } else {
                    #expect(found.isCurrent, "\(country) \(id): \(found.text)")
                }
            }
        }
        #expect(checked > 0)
    }

    @Test func rewordingsAndMovesAreFoundInTheEditionsThatMadeThem() throws {
        var checked = 0
        for (country, history) in histories {
            for (id, sentence) in sentences(country) {
                let match = lineage(history, sentence["text"] as! String, sentence["section"] as! String)
                let found = try #require(match, "\(country) \(id): \(sentence["text"] as? String ?? "")")
                let events = sentence["events"] as? [[String: Any]] ?? []
                let reworded = events.filter { $0["kind"] as? String == "reworded" }.compactMap { $0["year"] as? Int }
                let moved = events.filter { $0["kind"] as? String == "moved" }.compactMap { $0["year"] as? Int }
                #expect(found.rewordedYears == reworded, "\(country) \(id): \(found.text)")
                #expect(found.movedYears == moved, "\(country) \(id): \(found.text)")
                checked += events.count
            }
        }
        #expect(checked > 0)
    }

    @Test func aRewordingNamesTheWordsThatChanged() throws {
        // A country the manifest says lost the phrase (the dictionary's first country is any country, in an
        // order that changes from run to run, and not every country lost it).
        let losing = (archive.manifest["phraseRemoved"] as? [String: Any])?["countries"] as? [String] ?? []
        let country = try #require(losing.first)
        let history = try #require(histories[country])
        let event = try #require(
            history.lineages.flatMap(\.events).first { $0.kind == .reworded && $0.removed.contains { $0.contains("disabled") } },
            "\(country) lost the phrase")
        #expect(event.added.allSatisfy { !$0.contains("disabled") })
    }

    @Test func eachSectionsCountsPerYearMatchTheManifest() throws {
        var checked = 0
        for (country, history) in histories {
            let expected = archive.country(country)["sections"] as? [String: [String: [String: Int]]] ?? [:]
            for share in history.shares where share.previousYear != nil {
                let wanted = expected[String(share.year)]?[share.section.rawValue]
                let counts = try #require(wanted, "\(country) \(share.year) \(share.section)")
                let found = ["new": share.new, "reworded": share.reworded, "moved": share.moved, "dropped": share.dropped]
                #expect(found == counts, "\(country) \(share.year) \(share.section)")
                #expect(share.carried + share.reworded + share.new == share.sentences)
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test func sentencesNoEditTouchedAreCarriedSinceTheOldestEdition() {
        for (country, history) in histories {
            let touched = Set(sentences(country).values.compactMap { $0["text"] as? String })
            let untouched = history.current.filter {
                !touched.contains($0.text) && $0.section != .recommendations && !$0.text.contains(" in \(history.years.last! - 1)")
            }
            #expect(untouched.count > 50)
            let changed = untouched.filter { $0.firstYear != history.years[0] || !$0.events.isEmpty }.map(\.text)
            #expect(changed == [], "\(country)")
        }
    }
}
