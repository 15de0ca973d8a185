import TIPDiff
import Testing

/// The word diff on long and hostile sentences: bounded memory and time, and edits that still rebuild both texts.
@Suite struct WordDiffScaleTests {
    /// Deterministic words: `count` of them from a small vocabulary, seeded.
    private func words(_ count: Int, seed: UInt64) -> String {
        var state = seed
        var out: [String] = []
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out.append(["alpha", "beta", "gamma", "delta", "regime", "victims", "labor", "report"][Int(state >> 61)])
        }
        return out.joined(separator: " ")
    }

    private func rebuilt(_ edits: [WordEdit], keeping op: WordEdit.Operation) -> String {
        edits.filter { $0.op == .equal || $0.op == op }.map(\.text).joined()
    }

    @Test func aVeryLongSentenceThatDiffersEverywhereFinishesAndRebuildsBothSides() {
        // About 110 KiB each: the case whose full trace needed gigabytes.
        let old = words(18_000, seed: 1)
        let new = words(18_000, seed: 2)
        let edits = WordDiff.edits(old, new)
        #expect(rebuilt(edits, keeping: .insert) == new)
        #expect(rebuilt(edits, keeping: .delete).split(separator: " ") == old.split(separator: " "))
    }

    @Test func aLongSentenceWithAFewEditsKeepsTheEditsSmall() {
        let old = words(20_000, seed: 3)
        var tokens = old.split(separator: " ").map(String.init)
        tokens[5_000] = "inserted"
        tokens.remove(at: 12_000)
        let new = tokens.joined(separator: " ")
        let edits = WordDiff.edits(old, new)
        #expect(rebuilt(edits, keeping: .insert) == new)
        let changed = edits.filter { $0.op != .equal }.map(\.text).joined()
        #expect(changed.count < 200, "only the edited words are marked, not the sentence")
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7])
    func editsRebuildBothSentences(_ seed: Int) {
        let old = words(40 + seed * 7, seed: UInt64(seed) + 10)
        let new = words(35 + seed * 5, seed: UInt64(seed) + 20)
        let edits = WordDiff.edits(old, new)
        #expect(rebuilt(edits, keeping: .insert) == new)
        #expect(rebuilt(edits, keeping: .delete).split(separator: " ") == old.split(separator: " "))
        #expect(WordDiff.edits(old, old).allSatisfy { $0.op == .equal })
    }
}
