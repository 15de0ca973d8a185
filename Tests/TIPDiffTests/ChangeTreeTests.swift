import Foundation
import TIPDiff
import TIPModel
import TIPParsing
import TIPSupport
import TIPTestSupport
import Testing

/// The change tree and its visitors: the reading-order list comes from the tree, a visitor returns its own
/// result and throws its own error, a walker descends by default.
@Suite struct ChangeTreeTests {
    /// The seed against the edited seed: tier, verdict, sentence, statistic and recommendation changes.
    static func comparison() throws -> CountryComparison {
        Differ().compare(try Seed.edition(year: 2024), try Seed.edited())
    }

    @Test func everyChangeOfTheReadingOrderIsANodeOfTheTree() throws {
        let country = try Self.comparison()
        #expect(!country.changes.isEmpty)
        let inTree =
            [country.tier.map(Change.tier), country.effort.map(Change.effort)].compactMap { $0 } + country.sections.flatMap(\.changes)
            + country.terms.map(Change.term)
        #expect(Set(inTree.map(\.id)) == Set(country.changes.map(\.id)))
        #expect(inTree.count == country.changes.count)
        for section in country.sections {
            #expect(section.changes.allSatisfy { $0.section == section.kind }, "\(section.kind)")
        }
    }

    @Test func idsAreUniqueAndSetWhenTheTreeIsMade() throws {
        let country = try Self.comparison()
        let ids = country.changes.map(\.id)
        #expect(ids.allSatisfy { !$0.isEmpty })
        #expect(Set(ids).count == ids.count)
    }

    @Test func anAddedSentenceHasOnlyANewSide() throws {
        let old = try Seed.edition(Seed.text.replacingOnce("Trafficking affects all communities. ", with: ""), year: 2024)
        let country = Differ().compare(old, try Seed.edition())
        let added = try #require(
            country.changes.compactMap { change -> Identified<SentenceChange>? in
                if case .sentence(let s) = change, s.operation == .added { return s }
                return nil
            }.first)
        guard case .added(let side) = added.sides else {
            Issue.record("an added sentence has sides \(added.sides)")
            return
        }
        #expect(side.text == "Trafficking affects all communities.")
        #expect(added.old == nil && added.oldIndex == nil && added.oldRange == nil)
    }

    /// Counts nodes by type; a walker, so it sees every node below the root.
    struct Census: ChangeWalker {
        var countries = 0
        var sections = 0
        var leaves = 0

        mutating func visitCountry(_ country: CountryComparison) {
            countries += 1
            descend(into: country)
        }

        mutating func visitSection(_ section: SectionComparison) {
            sections += 1
            descend(into: section)
        }

        mutating func visitTier(_ change: Identified<TierChange>) { leaves += 1 }
        mutating func visitEffort(_ change: Identified<EffortChange>) { leaves += 1 }
        mutating func visitVerdict(_ change: Identified<VerdictChange>) { leaves += 1 }
        mutating func visitSectionChange(_ change: Identified<SectionChange>) { leaves += 1 }
        mutating func visitSentence(_ change: Identified<SentenceChange>) { leaves += 1 }
        mutating func visitTerm(_ change: Identified<TermChange>) { leaves += 1 }
        mutating func visitStatistic(_ change: Identified<StatisticChange>) { leaves += 1 }
        mutating func visitFormat(_ change: Identified<FormatChange>) { leaves += 1 }
        mutating func visitRecommendation(_ change: Identified<RecommendationChange>) { leaves += 1 }
    }

    @Test func aWalkerDescendsIntoEveryNode() throws {
        let country = try Self.comparison()
        var census = Census()
        census.visit(Comparison(countries: [country, country]))
        #expect(census.countries == 2)
        #expect(census.sections == 2 * country.sections.count)
        #expect(census.leaves == 2 * country.changes.count)
    }

    struct Refusal: Error, Equatable { var id: String }

    /// Refuses the first statistic it meets, with a typed error; gives the section's kind otherwise.
    struct FirstStatistic: ChangeVisitor {
        typealias Failure = Refusal

        mutating func defaultVisit(_ node: any ChangeNode) throws(Refusal) -> Int {
            var sum = 0
            for child in node.children { sum += try visit(child) }
            return sum
        }

        mutating func visitSentence(_ change: Identified<SentenceChange>) throws(Refusal) -> Int { 1 }

        mutating func visitStatistic(_ change: Identified<StatisticChange>) throws(Refusal) -> Int { throw Refusal(id: change.id) }
    }

    @Test func aVisitorReturnsItsResultAndThrowsItsTypedFailure() throws {
        let country = try Self.comparison()
        var visitor = FirstStatistic()
        // The walk is the tree's: sections in order, each section's changes in order.
        let statistic = try #require(country.sections.flatMap(\.changes).first { $0.kind.category == .statistic })
        let error = #expect(throws: Refusal.self) { try visitor.visit(country) }
        #expect(error == Refusal(id: statistic.id))
        let sentences = country.sections.filter { !$0.changes.contains { $0.kind.category == .statistic } }
        var counted = 0
        for section in sentences { counted += try visitor.visit(section) }
        #expect(counted == sentences.flatMap(\.changes).filter { $0.kind.category == .sentence }.count)
    }

    @Test func aFilteredComparisonKeepsItsSectionsAndRecountsTheirStatus() throws {
        let country = try Self.comparison()
        let filtered = Comparison(countries: [country]).filtered(ChangeFilter(categories: [.tier])).countries[0]
        #expect(filtered.sections.map(\.kind) == country.sections.map(\.kind))
        #expect(filtered.changes.allSatisfy { $0.kind == .tier })
        #expect(filtered.sections.allSatisfy { $0.status != .changed })
    }

    @Test func aCSVTableQuotesGuardsFormulasAndEndsEveryLineWithCRLF() {
        var table = CSVTable(header: ["id", "text"])
        table.append(["a", "one, two"])
        table.append(["b", "=SUM(A1)"])
        table.append(["c", "-5"])
        #expect(table.text == "id,text\r\na,\"one, two\"\r\nb,'=SUM(A1)\r\nc,-5\r\n")
        #expect(CSVTable().text == "\r\n")
    }
}
