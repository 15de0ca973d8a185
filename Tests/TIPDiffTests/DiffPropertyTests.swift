import PropertyBased
import TIPDiff
import TIPModel
import TIPParsing
import Testing

/// Properties the diff keeps on generated input: a text against itself is unchanged, word edits rebuild both
/// sentences, swapping OLD and NEW swaps what was added and removed, and no text makes parsing trap.
@Suite struct DiffPropertyTests {
    static let vocabulary = ["regime", "government", "victims", "labor", "forced", "identified", "14", "six", "the", "of", "and", "in"]

    /// A sentence of 3 to 20 words from the vocabulary, capitalised, ending in a period.
    static let sentence = Gen.element(of: vocabulary).array(of: 3...20).map { words -> String in
        let text = words.compactMap { $0 }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// An edition: the headline formula, then a PROSECUTION section of generated sentences.
    static func edition(_ sentences: [String]) throws -> Edition {
        let text =
            "The Government of Cuba does not fully meet the minimum standards for the elimination of trafficking and is not making significant efforts to do so. Cuba remained on Tier 3.\n\nPROSECUTION\n\nThe regime maintained prosecution efforts. "
            + sentences.joined(separator: " ") + "\n"
        return try EditionLoader().edition(from: Array(text.utf8), path: "Reports/2025/cuba.txt", format: .text)
    }

    @Test func aTextAgainstItselfHasNoChanges() async {
        await propertyCheck(count: 60, input: Self.sentence.array(of: 1...12)) { sentences in
            let edition = try #require(try? Self.edition(sentences))
            #expect(Differ().compare(edition, edition).changes.isEmpty)
        }
    }

    @Test func wordEditsRebuildBothSentences() async {
        await propertyCheck(count: 200, input: Self.sentence, Self.sentence) { old, new in
            let edits = WordDiff.edits(old, new)
            #expect(edits.filter { $0.op != .delete }.map(\.text).joined() == new)
            // Equal text is written with the new spacing, so the old sentence comes back up to white space.
            let kept = edits.filter { $0.op != .insert }.map(\.text).joined()
            #expect(kept.filter { !$0.isWhitespace } == old.filter { !$0.isWhitespace })
        }
    }

    @Test func swappingOldAndNewSwapsAddedAndRemoved() async {
        await propertyCheck(count: 40, input: Self.sentence.array(of: 1...10), Self.sentence.array(of: 1...10)) { a, b in
            let old = try #require(try? Self.edition(a))
            let new = try #require(try? Self.edition(b))
            let forward = Differ().compare(old, new).records
            let backward = Differ().compare(new, old).records
            // Sentences, not changes: a run of new sentences is one change with its length.
            let sentences = { (records: [ChangeRecord], kind: ChangeKind) in
                records.filter { $0.kind == kind }.reduce(0) { $0 + ($1.length ?? 1) }
            }
            #expect(sentences(forward, .sentenceAdded) == sentences(backward, .sentenceRemoved), "\(a) → \(b)")
            #expect(sentences(forward, .sentenceRemoved) == sentences(backward, .sentenceAdded), "\(a) → \(b)")
            #expect(sentences(forward, .statisticAdded) == sentences(backward, .statisticRemoved))
            #expect(sentences(forward, .statisticRemoved) == sentences(backward, .statisticAdded))
        }
    }

    @Test func parsingNeverTrapsOnArbitraryText() async {
        let scalars = Gen.unicodeScalar(in: "\u{0}"..."\u{2FF}").array(of: 0...400).map { String(String.UnicodeScalarView($0)) }
        await propertyCheck(count: 300, input: scalars) { text in
            // An answer or a diagnostic: either is fine, a trap would end the test run.
            _ = try? EditionLoader().edition(from: Array(text.utf8), path: "Reports/2025/cuba.txt", format: .text)
            _ = try? EditionLoader().edition(from: Array(("Cuba: Tier 3\n" + text).utf8), path: "Reports/2025/cuba.txt", format: .text)
        }
    }
}
