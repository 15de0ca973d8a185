import Testing

@testable import TIPDiff

/// The tree's assembly: drafts, which have no id, become changes with their ids, computed from the content
/// and, for a repeat, from its place in the reading order.
@Suite struct ChangeAssemblyTests {
    let term = TermChange(old: "government", new: "regime", count: 12)
    let other = TermChange(old: "laborers", new: "workers", count: 3)

    @Test func aRepeatedContentGetsTheSuffixOfItsPlaceInTheReadingOrder() {
        let ids = ChangeDraft.identified([.term(term), .term(other), .term(term), .term(term)], country: "Cuba").map(\.id)
        #expect(ids[0].hasPrefix(ChangeKind.term.rawValue + "-"))
        #expect(ids[2] == ids[0] + "-2" && ids[3] == ids[0] + "-3")
        #expect(ids[1] != ids[0] && !ids[1].contains(ids[0]))
    }

    @Test func anIdDependsOnTheContentNotOnTheOtherDrafts() {
        let alone = ChangeDraft.identified([.term(term)], country: "Cuba").map(\.id)
        let amongOthers = ChangeDraft.identified([.term(other), .term(term)], country: "Cuba").map(\.id)
        #expect(alone == [amongOthers[1]])
        #expect(ChangeDraft.identified([.term(term)], country: "Haiti").map(\.id) != alone)
    }

    @Test func theOrderOfTheDraftsIsTheOrderOfTheChanges() {
        let changes = ChangeDraft.identified([.term(other), .term(term)], country: "Cuba")
        #expect(changes.map(\.ordinal) == [0, 1])
        #expect(changes.map { $0.payload as? TermChange } == [other, term])
    }
}
