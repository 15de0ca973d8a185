import Foundation
import TIPDiff
import TIPModel
import TIPParsing
import TIPTestSupport
import Testing

/// What the diff engine reports for pairs built from the seed.
@Suite struct EditionDiffTests {
    let differ = Differ()

    @Test func editionAgainstItselfHasNoChanges() throws {
        let seed = try Seed.edition()
        #expect(differ.compare(seed, seed).changes.isEmpty)
    }

    @Test func movedParagraphIsOneMove() throws {
        let old = try Seed.edition(year: 2024)
        let new = try Seed.edition(
            Seed.text.swappingLines(
                startingWith: "“The regime suppressed independent domestic sources",
                and: "“The regime organized and sponsored training"))
        let diff = differ.compare(old, new)
        let moves = diff.records(of: .sentenceMoved)
        #expect(moves.count == 1)
        #expect(moves.first?.section == .prosecution)
        #expect(moves.first?.length == 2)
        #expect(moves.first?.old?.hasPrefix("The regime suppressed independent domestic sources") == true)
        #expect(diff.records(of: .sentenceAdded).isEmpty)
        #expect(diff.records(of: .sentenceRemoved).isEmpty)
        #expect(diff.records(of: .sentenceModified).isEmpty)
    }

    @Test func wordReplacedEverywhereIsOneTermChange() throws {
        let old = try Seed.edition(Seed.text.replacingOccurrences(of: "regime", with: "government"), year: 2024)
        let new = try Seed.edition()
        let diff = differ.compare(old, new)
        let terms = diff.records(of: .term)
        #expect(terms.count == 1)
        #expect(terms.first?.old == "government")
        #expect(terms.first?.new == "regime")
        #expect((terms.first?.count ?? 0) >= 50)
        #expect(diff.records(of: .sentenceModified).isEmpty)
        #expect(diff.records(of: .statisticAdded).isEmpty && diff.records(of: .statisticRemoved).isEmpty)
        #expect(diff.changes.count == 1)
    }

    @Test func numberWrittenDifferentlyIsFormatOnly() throws {
        let old = try Seed.edition(Seed.text.replacingOnce("conducted 1,818 labor", with: "conducted 1818 labor"), year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        #expect(diff.changes.map(\.kind) == [.formatOnly])
        let change = try #require(diff.records.first)
        #expect(change.old == "1818")
        #expect(change.new == "1,818")
        #expect(change.oldValue == 1818 && change.newValue == 1818)
        #expect(change.section == .prevention)
    }

    @Test func changedFigureIsAStatisticChangeWithItsKey() throws {
        let old = try Seed.edition(Seed.text.replacingOnce("investigated 14 domestic", with: "investigated 9 domestic"), year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        let change = try #require(diff.records(of: .statisticChanged).first)
        #expect(diff.records(of: .statisticChanged).count == 1)
        #expect(change.key == "prosecution.investigations.domestic")
        #expect(change.oldValue == 9)
        #expect(change.newValue == 14)
        #expect(change.delta == 5)
        #expect(abs((change.percentChange ?? 0) - 55.5556) < 0.001)
        // The sentence is not reported again as a modification: the statistic says it all.
        #expect(diff.records(of: .sentenceModified).isEmpty)
    }

    @Test func statisticChangeCarriesTheLabelOfItsNewerSide() throws {
        let old = try Seed.edition(Seed.text.replacingOnce("investigated 14 domestic", with: "investigated 9 domestic"), year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        let changes = diff.changes.compactMap { change -> StatisticChange? in
            guard case .statistic(let statistic) = change, statistic.operation == .changed else { return nil }
            return statistic.payload
        }
        let change = try #require(changes.first { $0.key == "prosecution.investigations.domestic" })
        #expect(change.label == "Investigations, domestic")
    }

    @Test func verdictChangeIsFound() throws {
        let old = try Seed.edition(
            Seed.text.replacingOnce("The regime maintained protection efforts.", with: "The regime increased protection efforts."),
            year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        let verdict = try #require(diff.records(of: .verdict).first)
        #expect(verdict.section == .protection)
        #expect(verdict.old == "increased")
        #expect(verdict.new == "maintained")
        #expect(diff.changes.count == 1, "the verdict sentence is not reported again as modified")
    }

    @Test func watchListToTier3IsADowngrade() throws {
        let old = try Seed.edition(
            Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Cuba remained on Tier 2 Watch List."), year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        let tier = try #require(diff.records(of: .tier).first)
        #expect(tier.movement == "downgrade")
        #expect(tier.old?.hasPrefix("Tier 2 Watch List") == true)
        #expect(tier.new?.hasPrefix("Tier 3") == true)
        #expect(tier.edits?.filter { $0.op != .equal }.map(\.text) == ["2 Watch List", "3"])
    }

    @Test func movementWordingAloneIsATierChange() throws {
        let old = try Seed.edition(
            Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Therefore Cuba remained on Tier 3."), year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        #expect(diff.changes.map(\.kind) == [.tier])
        #expect(diff.records.first?.movement == "unchanged")
        #expect(diff.records.first?.edits?.first == WordEdit(.delete, "Therefore "))
    }

    @Test func recommendationAddedAndDroppedAreFound() throws {
        let oldText = Seed.text
            .replacingOnce("- Cease recruitment of children for military activities before the mandatory military service age.\n", with: "")
            .replacingOnce(
                "- Eliminate disproportionate",
                with:
                    "- Expand shelter services for adult victims of forced labor and fund civil society partners.\n- Eliminate disproportionate"
            )
        let diff = differ.compare(try Seed.edition(oldText, year: 2024), try Seed.edition())
        #expect(
            diff.records(of: .recommendationAdded).map(\.new) == [
                "Cease recruitment of children for military activities before the mandatory military service age."
            ])
        #expect(
            diff.records(of: .recommendationRemoved).map(\.old) == [
                "Expand shelter services for adult victims of forced labor and fund civil society partners."
            ])
        #expect(diff.records(of: .recommendationReworded).isEmpty)
    }

    @Test func rewordedRecommendationCarriesItsEdits() throws {
        let oldText = Seed.text.replacingOnce("- Vigorously investigate and prosecute", with: "- Investigate and prosecute")
        let diff = differ.compare(try Seed.edition(oldText, year: 2024), try Seed.edition())
        let reworded = try #require(diff.records(of: .recommendationReworded).first)
        #expect(reworded.edits?.filter { $0.op != .equal }.map(\.text) == ["Investigate ", "Vigorously investigate "])
    }

    @Test func sentenceEditedInPlaceMarksOnlyTheEditedWords() throws {
        let oldText = Seed.text.replacingOnce(
            "The regime did not report having procedures to identify forced labor victims.",
            with: "The regime did not report having any procedures to identify forced labor victims.")
        let diff = differ.compare(try Seed.edition(oldText, year: 2024), try Seed.edition())
        #expect(diff.changes.map(\.kind) == [.sentenceModified])
        let change = try #require(diff.records.first)
        #expect(change.section == .protection)
        #expect(change.oldIndex == change.newIndex)
        let edits = try #require(change.edits)
        #expect(edits.filter { $0.op == .delete }.map(\.text) == ["any "])
        #expect(edits.filter { $0.op == .insert }.isEmpty)
        #expect(edits.filter { $0.op == .equal }.map(\.text).joined() == change.new)
    }

    @Test func addedAndRemovedSentencesAreFound() throws {
        let oldText = Seed.text
            .replacingOnce("Trafficking affects all communities. ", with: "")
            .replacingOnce(
                "The regime identified children, young women, elderly, and disabled persons as the most vulnerable to trafficking.",
                with:
                    "The regime identified children, young women, elderly, and disabled persons as the most vulnerable to trafficking. Observers reported new recruitment agencies in Havana."
            )
        let diff = differ.compare(try Seed.edition(oldText, year: 2024), try Seed.edition())
        #expect(diff.records(of: .sentenceAdded).map(\.new) == ["Trafficking affects all communities."])
        #expect(diff.records(of: .sentenceRemoved).map(\.old) == ["Observers reported new recruitment agencies in Havana."])
    }

    @Test func newParagraphIsOneAddedChange() throws {
        let paragraph = try #require(
            Seed.text.components(separatedBy: "\n").first { $0.hasPrefix("“Cuban citizens reported being recruited") })
        let diff = differ.compare(try Seed.edition(Seed.text.replacingOnce(paragraph + "\n", with: ""), year: 2024), try Seed.edition())
        let added = diff.records(of: .sentenceAdded)
        #expect(added.count == 1)
        #expect(added.first?.length == 7)
        #expect(added.first?.new?.hasPrefix("Cuban citizens reported being recruited") == true)
        #expect(added.first?.new?.hasSuffix("to serve as foreign fighters.") == true)
    }

    @Test func swappingOldAndNewSwapsAddedAndRemovedAndValues() throws {
        let oldText = Seed.text
            .replacingOnce("investigated 14 domestic", with: "investigated 9 domestic")
            .replacingOnce("- Cease recruitment of children for military activities before the mandatory military service age.\n", with: "")
            .replacingOnce("Trafficking affects all communities. ", with: "")
            .replacingOnce("The regime maintained prevention efforts.", with: "The regime decreased prevention efforts.")
        let a = try Seed.edition(oldText, year: 2024)
        let b = try Seed.edition()
        let forward = differ.compare(a, b).records
        let backward = differ.compare(b, a).records
        #expect(forward.count == backward.count)
        #expect(forward.map(\.kind.reversed).sorted() == backward.map(\.kind).sorted())
        let statistic = try #require(forward.first { $0.kind == .statisticChanged })
        let reversed = try #require(backward.first { $0.kind == .statisticChanged })
        #expect(statistic.oldValue == reversed.newValue && statistic.newValue == reversed.oldValue)
        #expect(statistic.delta == -(reversed.delta ?? 0))
        let verdict = try #require(forward.first { $0.kind == .verdict })
        let reversedVerdict = try #require(backward.first { $0.kind == .verdict })
        #expect(verdict.old == reversedVerdict.new && verdict.new == reversedVerdict.old)
    }

    @Test func idsAreStableAndContentDerived() throws {
        let old = try Seed.edition(Seed.text.replacingOnce("investigated 14 domestic", with: "investigated 9 domestic"), year: 2024)
        let first = differ.compare(old, try Seed.edition()).changes.map(\.id)
        let second = differ.compare(old, try Seed.edition()).changes.map(\.id)
        #expect(first == second)
        #expect(first.allSatisfy { $0.hasPrefix("statistic-changed-") && $0.count == "statistic-changed-".count + 12 })
        let other = try Seed.edition(Seed.text.replacingOnce("investigated 14 domestic", with: "investigated 8 domestic"), year: 2024)
        #expect(differ.compare(other, try Seed.edition()).changes.map(\.id) != first)
    }

    @Test func aTierStatementRewordedPastRecognitionIsOnlyTheTierChange() throws {
        let old = try Seed.edition(
            Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Cuba was upgraded to Tier 2 Watch List."), year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        #expect(diff.records(of: .tier).first?.edits?.isEmpty == false)
        #expect(diff.records.filter { $0.section == .headline && $0.kind != .tier }.isEmpty, "\(diff.records.map(\.kind))")
    }

    @Test func aRangeWhoseUpperEndMovedSaysWhichEndMoved() throws {
        let old = try Seed.edition(Seed.text.replacingOnce("three to 20 years", with: "three to 34 years"), year: 2024)
        let change = try #require(
            differ.compare(old, try Seed.edition()).records(of: .statisticChanged).first { $0.key == "prosecution.sentences" })
        #expect(change.oldUpper == 34 && change.newUpper == 20)
        #expect(change.upperDelta == -14)
    }

    @Test func theEffortFindingIsAChangeOfItsOwn() throws {
        let old = try Seed.edition(
            Seed.text.replacingOnce("and is not making significant efforts to do so", with: "but is making significant efforts to do so"),
            year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        let effort = try #require(diff.records(of: .effort).first)
        #expect(effort.old == "making significant efforts")
        #expect(effort.new == "not making significant efforts")
        #expect(diff.records(of: .sentenceModified).isEmpty, "the headline sentence is not counted again")
    }

    @Test(arguments: [
        ("$4.9 billion were from", "4.9 billion dollars were from", "$4.9 billion", "4.9 billion dollars"),
        ("six prosecutions, and six convictions in 2022", "6 prosecutions, and six convictions that year, in 2022", "six", "6"),
    ])
    func aFigureWrittenAnotherWayIsOneFormatOnlyChange(_ from: String, _ to: String, _ old: String, _ new: String) throws {
        let edited = try Seed.edition(Seed.text.replacingOnce(from, with: to), year: 2025)
        let diff = differ.compare(try Seed.edition(year: 2024), edited)
        let formats = diff.records(of: .formatOnly)
        #expect(formats.map(\.old) == [old] && formats.map(\.new) == [new], "\(diff.records.map(\.kind))")
        #expect(diff.records(of: .statisticChanged).isEmpty)
    }

    @Test func aMovedParagraphWithAnEditedSentenceIsOneMoveCarryingTheEdit() throws {
        let old = try Seed.edition(year: 2024)
        let moved = Seed.text
            .swappingLines(
                startingWith: "“The regime suppressed independent domestic sources",
                and: "“The regime organized and sponsored training"
            )
            .replacingOnce("The regime suppressed independent domestic sources", with: "The regime silenced independent domestic sources")
        let diff = differ.compare(old, try Seed.edition(moved))
        let moves = diff.records(of: .sentenceMoved)
        #expect(moves.count == 1, "\(diff.records.map(\.kind))")
        #expect(moves.first?.length == 2)
        #expect(moves.first?.edits?.contains(WordEdit(.insert, "silenced ")) == true)
        #expect(diff.records(of: .sentenceModified).isEmpty)
    }

    @Test func editingOneOfTwoEqualSentencesIsOneModificationAndNoMove() throws {
        let sentence = "Officials did not report any investigations."
        let text = Seed.text.replacingOnce(
            "Trafficking affects all communities.", with: sentence + " Trafficking affects all communities. " + sentence)
        let old = try Seed.edition(text, year: 2024)
        let new = try Seed.edition(text.replacingOnce(sentence, with: "Officials did not report any new investigations."))
        let diff = differ.compare(old, new)
        #expect(diff.records(of: .sentenceModified).count == 1, "\(diff.records.map(\.kind))")
        #expect(diff.records(of: .sentenceMoved).isEmpty)
    }

    @Test func figuresAreShownInTheirUnitAndEarlierPeriodsApart() throws {
        let old = try Seed.edition(
            Seed.text.replacingOnce("comprise 75 percent", with: "comprise 70 percent")
                .replacingOnce("$7 billion in service exports", with: "$6.3 billion in service exports"), year: 2024)
        let comparison = Comparison(countries: [differ.compare(old, try Seed.edition())])
        let redline = Redline.render(comparison, style: .plain)
        #expect(redline.contains(": 70% → 75% (+5 points)"), "\(redline)")
        #expect(redline.contains(": $6.3 billion → $7 billion (+$700 million, +11.1%)"))
        let markdown = DiffMarkdown.render(comparison)
        #expect(!markdown.contains("(earlier period"))
    }

    @Test func statisticKeysSurviveARewordingThroughout() throws {
        let old = try Seed.edition(Seed.text.replacingOccurrences(of: "regime", with: "government"), year: 2024)
        let diff = differ.compare(old, try Seed.edition())
        #expect(diff.records(of: .statisticAdded).isEmpty && diff.records(of: .statisticRemoved).isEmpty, "\(diff.records.map(\.key))")
        #expect(diff.new.statistics.contains { $0.key == "profile.government-affiliated-workers" })
    }

    @Test func countriesInOneFolderOnlyAreNotComparedUnlessTheTablesSaySo() throws {
        func rename(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let old = [try Seed.edition(year: 2024), try Seed.edition(rename("Oldland"), year: 2024, country: "oldland")]
        let new = [try Seed.edition(), try Seed.edition(rename("Newland"), country: "newland")]
        let diff = differ.compare(folder: old, new)
        #expect(diff.countryChanges.isEmpty, "nothing says they entered or left the report")
        #expect(diff.notCompared.map(\.country) == ["Newland", "Oldland"])
        #expect(diff.notCompared.map(\.reason) == ["absent from the 2024 folder", "absent from the 2025 folder"])
        let markdown = DiffMarkdown.render(diff)
        #expect(markdown.contains("**Not compared (2):** Newland (absent from the 2024 folder), Oldland (absent from the 2025 folder)"))
        #expect(!markdown.contains("no longer covered"))
    }

    @Test func yearFoldersMatchCountriesAndReportTheNewOne() throws {
        func rename(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let oldFolder = [
            try Seed.edition(Seed.text.replacingOnce("investigated 14 domestic", with: "investigated 9 domestic"), year: 2024),
            try Seed.edition(rename("Testland"), year: 2024, country: "testland"),
            try Seed.edition(rename("Oldland"), year: 2024, country: "oldland"),
        ]
        let newFolder = [
            try Seed.edition(),
            try Seed.edition(rename("Testland"), country: "testland"),
            try Seed.edition(rename("Newland"), country: "newland"),
        ]
        // The tier tables (here a stand-in) show Newland entering the report and Oldland leaving it.
        let placed = { (country: String, year: Int) -> Bool? in
            switch country {
            case "Newland": year == 2025
            case "Oldland": year == 2024
            default: true
            }
        }
        let diff = differ.compare(folder: oldFolder, newFolder, placed: placed)
        #expect(diff.countries.map(\.country) == ["Cuba", "Testland"])
        #expect(diff.countryChanges.map(\.presence) == [.added, .removed])
        #expect(diff.countryChanges.map(\.country) == ["Newland", "Oldland"])
        #expect(diff.countries[1].changes.isEmpty)
        #expect(ChangeRecords.of(diff).filter { $0.kind == .statisticChanged }.map(\.country) == ["Cuba"])
    }
}

@Suite struct LayoutInvarianceTests {
    @Test(arguments: [
        "colon-heading-wrapped.txt", "paren-heading-inline.txt", "caps-paren-semicolons.txt", "bare-heading-dashes.txt",
        "state-gov-page.html",
    ])
    func theSameNarrativeInAnotherLayoutHasNoChanges(_ name: String) throws {
        let path = Seed.root.appendingPathComponent("Tests/TIPParsingTests/Fixtures/styles/" + name).path
        let variant = try EditionLoader().edition(at: path)
        let changes = Differ().compare(try Seed.edition(), variant).records
        #expect(changes.isEmpty, "\(changes.map { "\($0.kind.rawValue): \($0.old ?? "") → \($0.new ?? "")" })")
    }
}
