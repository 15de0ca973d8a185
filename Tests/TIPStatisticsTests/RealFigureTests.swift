import Foundation
import TIPModel
import TIPStatistics
import TIPTestSupport
import Testing

/// Every figure of the real excerpts, coded by hand, is found with its value, range, period and role.
@Suite struct RealFigureTests {
    /// The longest in-order pairing of coded and found figures by value and upper end: (coded, found) indices.
    static func aligned(_ coded: [RealText.Figure], _ found: [Statistic]) -> [(Int, Int)] {
        func same(_ c: RealText.Figure, _ f: Statistic) -> Bool { c.value == f.value && (c.upper == nil || c.upper == f.upper) }
        var table = Array(repeating: Array(repeating: 0, count: found.count + 1), count: coded.count + 1)
        for i in stride(from: coded.count - 1, through: 0, by: -1) {
            for j in stride(from: found.count - 1, through: 0, by: -1) {
                table[i][j] = same(coded[i], found[j]) ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var (i, j) = (0, 0)
        while i < coded.count && j < found.count {
            if same(coded[i], found[j]) && table[i][j] == table[i + 1][j + 1] + 1 {
                pairs.append((i, j))
                (i, j) = (i + 1, j + 1)
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    @Test(arguments: RealText.excerpts)
    func everyCodedFigureIsFoundAndNothingElse(_ excerpt: RealText.Excerpt) throws {
        let found = StatisticsExtractor().statistics(in: try excerpt.edition())
        let pairs = Self.aligned(excerpt.figures, found)
        let missed = Set(excerpt.figures.indices).subtracting(pairs.map(\.0)).sorted().map { excerpt.figures[$0] }
        #expect(missed.isEmpty, "missed: \(missed.map { "\($0.value) \($0.cue)" })")
        let scalars = Array(excerpt.text.unicodeScalars)
        let ambiguous = excerpt.ambiguous.flatMap { phrase -> [Range<Int>] in
            let needle = Array(phrase.unicodeScalars)
            guard needle.count <= scalars.count else { return [] }
            return (0...(scalars.count - needle.count)).filter { Array(scalars[$0..<($0 + needle.count)]) == needle }
                .map { $0..<($0 + needle.count) }
        }
        let matched = Set(pairs.map(\.1))
        let extra = found.indices.filter { j in
            !matched.contains(j) && !ambiguous.contains { $0.contains(found[j].range.start) }
        }
        #expect(extra.isEmpty, "not figures: \(extra.map { found[$0].text })")
    }

    @Test(arguments: RealText.excerpts)
    func everyFigureHasTheCodedPeriodAndRole(_ excerpt: RealText.Excerpt) throws {
        let found = StatisticsExtractor().statistics(in: try excerpt.edition())
        let reportingYear = excerpt.reportYear - 1
        for (c, f) in Self.aligned(excerpt.figures, found) {
            let coded = excerpt.figures[c]
            let period = RealText.calendarPeriod(coded.period, reportingYear: reportingYear)
            let lastYear = Period.lastYear(ofResolved: period) ?? reportingYear
            let role = lastYear < reportingYear ? "comparison" : "current"
            #expect(found[f].resolvedPeriod == period, "\(found[f].text) \(coded.cue): coded \(period)")
            #expect(found[f].role == role, "\(found[f].text) \(coded.cue): coded \(role)")
        }
    }

    @Test func aRangeOfTwoUnitsKeepsBoth() throws {
        let excerpt = try #require(RealText.excerpts.first { $0.file == "portugal-2017-prosecution.txt" })
        let sentences = StatisticsExtractor().statistics(in: try excerpt.edition()).filter { $0.upperUnit != nil }
        let range = try #require(sentences.first { $0.value == 18 })
        #expect(range.unit == .months && range.upper == 8 && range.upperUnit == .years)
        #expect(range.valueText == "18 months-8 years")
    }
}
