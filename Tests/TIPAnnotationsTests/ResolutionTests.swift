import TIPAnnotations
import TIPDiff
import TIPModel
import TIPTestSupport
import Testing

/// Notes placed on the seed, and followed into an edited copy of it.
@Suite struct ResolutionTests {
    private func note(_ id: String, _ anchor: Anchor) -> Note {
        Note(id: id, text: "note", anchor: anchor, location: SourceLocation(path: "test.yaml"))
    }

    @Test func everyAnchorKindResolvesOnTheSeed() throws {
        let seed = try Seed.edition()
        let older = try Seed.edition(
            Seed.text.replacingOnce("Cuba remained on Tier 3.", with: "Cuba remained on Tier 2 Watch List."), year: 2024)
        let diff = Differ().compare(older, seed)
        let tierChange = try #require(diff.records(of: .tier).first)
        let resolver = AnnotationResolver(comparison: diff, writtenAgainstOld: false)
        let results = [
            note("q", .quote(QuoteSelector(quote: "confiscates between 75 and 95 percent", section: .profile))),
            note("s", .statistic(key: "prevention.labor-inspections")),
            note("p", .section(.protection)),
            note("t", .tier),
            note("c", .change(id: tierChange.id)),
        ].map(resolver.resolve)
        #expect(results.map(\.state) == [.exact, .exact, .exact, .exact, .exact])
        #expect(results[0].section == .profile)
        #expect(results[0].found == "confiscates between 75 and 95 percent")
        #expect(results[1].section == .prevention && results[1].found == "1,818")
        #expect(results[2].range == seed.section(.protection)?.range)
        #expect(results[3].sentence == 1)
        #expect(results[4].change == tierChange.id)
    }

    @Test func prefixAndSuffixChooseBetweenRepeats() throws {
        let seed = try Seed.edition()
        let resolver = AnnotationResolver(target: ComparedEdition(seed))
        let plain = resolver.resolve(note("a", .quote(QuoteSelector(quote: "75 percent"))))
        let chosen = resolver.resolve(note("b", .quote(QuoteSelector(quote: "75 percent", prefix: "responsible for ", suffix: " of Cuba"))))
        #expect(plain.state == .exact && chosen.state == .exact)
        #expect(plain.range != chosen.range)
        #expect(seed.excerpt(TextRange(chosen.range!.start - 16, chosen.range!.end)) == "responsible for 75 percent")
    }

    /// An edited copy: sentences reworded, a paragraph moved, figures changed, one passage deleted.
    private func edited() throws -> (old: Edition, new: Edition) {
        let text = Seed.text
            .replacingOnce(
                "The regime did not report having procedures to identify forced labor victims.",
                with: "The regime did not report any procedures to identify victims of forced labor."
            )
            .replacingOnce("conducted 1,818 labor inspections", with: "conducted 2,020 labor inspections")
            .replacingOnce(
                "Cuba had other similarly coercive labor export programs; including",
                with: "Cuba ran other similarly coercive labor export programs; including"
            )
            .replacingOnce("Trafficking affects all communities. ", with: "")
            .replacingOnce(
                " Months after the regime allegedly took action against those facilitating trafficking to Ukraine, credible media reports indicated Cubans were still traveling to Russia to fight in Ukraine.",
                with: "")
        var lines = text.components(separatedBy: "\n")
        let moved = try #require(lines.firstIndex { $0.hasPrefix("“The regime suppressed independent domestic sources") })
        let line = lines.remove(at: moved)
        lines.insert(line, at: moved + 1)
        return (try Seed.edition(year: 2024), try Seed.edition(lines.joined(separator: "\n")))
    }

    @Test func notesFollowTheirTextIntoAnEditedCopy() throws {
        let (old, new) = try edited()
        let resolver = AnnotationResolver(comparison: Differ().compare(old, new), writtenAgainstOld: true)
        let unchanged = resolver.resolve(note("u", .quote(QuoteSelector(quote: "confiscates between 75 and 95 percent"))))
        #expect(unchanged.state == .exact)

        let moved = resolver.resolve(
            note("m", .quote(QuoteSelector(quote: "the regime banned independent organizations and civil society actors"))))
        #expect(moved.state == .moved)
        #expect(moved.section == .prosecution)

        let reworded = resolver.resolve(
            note("r", .quote(QuoteSelector(quote: "The regime did not report having procedures to identify forced labor victims."))))
        #expect(reworded.state == .fuzzy)
        #expect(reworded.found == "The regime did not report any procedures to identify victims of forced labor.")
        #expect(reworded.section == .protection)

        let figure = resolver.resolve(note("f", .statistic(key: "prevention.labor-inspections")))
        #expect(figure.state == .exact && figure.found == "2,020")

        let smallEdit = resolver.resolve(note("e", .quote(QuoteSelector(quote: "Cuba had other similarly coercive labor export programs"))))
        #expect(smallEdit.state == .fuzzy)
        #expect(smallEdit.found?.contains("Cuba ran other similarly coercive labor export programs") == true)
    }

    @Test func quoteWhosePassageWasDeletedIsOrphaned() throws {
        let (old, new) = try edited()
        let resolver = AnnotationResolver(target: ComparedEdition(new), written: old)
        let gone = resolver.resolve(
            note(
                "g",
                .quote(QuoteSelector(quote: "credible media reports indicated Cubans were still traveling to Russia to fight in Ukraine"))))
        #expect(gone.state == .orphaned)
        #expect(gone.range == nil)
        #expect(gone.reason?.hasPrefix("the sentence it quoted was removed") == true)
    }

    @Test func lookAlikeElsewhereIsNotTakenForTheQuote() throws {
        // "Trafficking affects all communities." is deleted; the profile still has look-alike sentences
        // about traffickers and communities, which must not receive the note.
        let (old, new) = try edited()
        let resolver = AnnotationResolver(target: ComparedEdition(new), written: old)
        let result = resolver.resolve(note("l", .quote(QuoteSelector(quote: "Trafficking affects all communities."))))
        #expect(result.state == .orphaned)
        // Alone, with no earlier edition, a look-alike below the minimum score is not taken either.
        let alone = AnnotationResolver(target: ComparedEdition(new)).resolve(
            note("l2", .quote(QuoteSelector(quote: "Trafficking affects all Cuban communities and families."))))
        #expect(alone.state == .orphaned)
    }

    @Test func missingStructureIsOrphaned() throws {
        let seed = try Seed.edition()
        let resolver = AnnotationResolver(target: ComparedEdition(seed))
        #expect(resolver.resolve(note("k", .statistic(key: "prosecution.nothing-like-this"))).state == .orphaned)
        #expect(resolver.resolve(note("c", .change(id: "tier-000000000000"))).state == .orphaned)
        #expect(resolver.resolve(note("o", .section(.other))).state == .orphaned)
    }
}
