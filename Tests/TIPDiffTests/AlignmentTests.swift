import TIPSupport
import TIPTestSupport
import Testing

@testable import TIPDiff

/// The building blocks: word diff, sentence alignment, moves.
@Suite struct AlignmentTests {
    @Test func wordDiffMarksWholeWords() {
        let edits = WordDiff.edits("The regime investigated nine cases.", "The regime investigated fourteen cases.")
        #expect(
            edits == [
                WordEdit(.equal, "The regime investigated "), WordEdit(.delete, "nine "), WordEdit(.insert, "fourteen "),
                WordEdit(.equal, "cases."),
            ])
    }

    @Test func editsSeparatedByPunctuationAreMerged() {
        let edits = WordDiff.edits(
            "Officials trained police, judges and prosecutors.", "Officials trained labor inspectors, clerks and prosecutors.")
        let changed = edits.filter { $0.op != .equal }
        #expect(changed.count == 2)
        #expect(changed[0] == WordEdit(.delete, "police, judges "))
        #expect(changed[1] == WordEdit(.insert, "labor inspectors, clerks "))
    }

    @Test func maskedIDsAreTheMaskedWordsInterned() {
        var interner = TokenInterner()
        for sentence in [
            "The government identified 1,818 victims, up from seven in 2023.",
            "Officials’ “anti-trafficking” unit ½ mandated 3 ... ‐ café ¾ Ünïcode.", "", "# 5 - ,",
        ] {
            let normalized = SentenceAligner.exactKey(sentence)
            let ids = SentenceAligner.maskedIDs(normalized: normalized, interner: &interner)
            let words = SentenceAligner.maskedWords(normalized: normalized)
            #expect(ids.map { interner.text(of: $0) }.sorted() == words.sorted())
        }
    }

    @Test func myersFindsTheShortestScript() {
        let steps = WordDiff.myers(Array("ABCABBA"), Array("CBABAC"))
        let edits = steps.filter { if case .equal = $0 { return false } else { return true } }
        #expect(edits.count == 5)
    }

    @Test func similarSentencesPairAndMovesComeFromTheLongestRun() {
        let old = ["Alpha one two three.", "Bravo four five six.", "Charlie seven eight nine.", "Delta ten eleven twelve."]
        let new = ["Alpha one two three.", "Charlie seven eight nine.", "Delta ten eleven twelve.", "Bravo four five six seven."]
        let alignment = SentenceAligner.align(old: old, new: new)
        #expect(alignment.pairs.map(\.new) == [0, 3, 1, 2])
        #expect(alignment.pairs.map(\.isMoved) == [false, true, false, false])
        #expect(alignment.pairs.map(\.isExact) == [true, false, true, true])
        #expect(alignment.unmatchedOld.isEmpty && alignment.unmatchedNew.isEmpty)
    }

    @Test func numbersAreMaskedWhenPairing() {
        let alignment = SentenceAligner.align(
            old: ["Authorities identified 6 victims in 2022."], new: ["Authorities identified 14 victims in 2023."])
        #expect(alignment.pairs.count == 1)
    }

    @Test func unrelatedSentencesDoNotPair() {
        let alignment = SentenceAligner.align(
            old: ["The regime banned independent groups."], new: ["Funds deposited in Cuba were paid in full."])
        #expect(alignment.pairs.isEmpty)
        #expect(alignment.unmatchedOld == [0] && alignment.unmatchedNew == [0])
    }

    @Test func longestIncreasingSubsequence() {
        #expect(SentenceAligner.longestIncreasingSubsequence([0, 3, 1, 2]) == [0, 2, 3])
        #expect(SentenceAligner.longestIncreasingSubsequence([]) == [])
    }
}
