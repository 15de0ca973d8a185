import TIPModel
import TIPParsing
import TIPStatistics
import TIPTestSupport
import Testing

func statistics(_ body: String, section: String = "PROSECUTION") throws -> [Statistic] {
    let text = """
        TESTLAND: Tier 2

        The Government of Testland does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so. Testland remained on Tier 2.

        \(section)

        \(body)
        """
    let edition = try TextImporter().edition(from: text, path: "Reports/2024/testland.txt", sha256: "")
    return StatisticsExtractor().statistics(in: edition)
}

/// Every way the report writes a figure: digits, words, scales, ranges, qualifiers, money, comparisons.
/// The statistics of one section written around `body`.
@Suite struct PhrasingTests {
    @Test(arguments: [
        ("approximately", "approximately"), ("about", "about"), ("more than", "more than"), ("over", "over"),
        ("at least", "at least"), ("almost", "almost"), ("nearly", "nearly"), ("up to", "up to"),
        ("fewer than", "fewer than"),
    ])
    func qualifierIsKept(_ written: String, _ qualifier: String) throws {
        let found = try statistics("Authorities identified \(written) 45 victims.", section: "PROTECTION")
        #expect(found.count == 1)
        #expect(found.first?.value == 45)
        #expect(found.first?.qualifier == qualifier)
        #expect(found.first?.counted == "victims")
        #expect(found.first?.key == "protection.victims-identified")
    }

    @Test(arguments: [
        ("Courts imposed sentences of seven to 15 years’ imprisonment.", 7.0, 15.0, Statistic.Unit.years),
        ("Courts imposed sentences ranging from five to 10 years’ imprisonment.", 5, 10, .years),
        ("The regime confiscates between 75 and 95 percent of the wages.", 75, 95, .percent),
        ("The regime confiscates 75-95 percent of the wages.", 75, 95, .percent),
        ("The regime confiscates 75–95% of the wages.", 75, 95, .percent),
        ("Courts imposed sentences of two to five years in prison.", 2, 5, .years),
    ])
    func rangeFormsKeepBothEnds(_ sentence: String, _ value: Double, _ upper: Double, _ unit: Statistic.Unit) throws {
        let found = try statistics(sentence)
        #expect(found.count == 1)
        #expect(found.first?.value == value)
        #expect(found.first?.upper == upper)
        #expect(found.first?.unit == unit)
    }

    @Test func openUpperEndIsKept() throws {
        let found = try statistics("The law prescribed penalties of 10 years to life in prison for offenses involving a child victim.")
        #expect(found.count == 1)
        #expect(found.first?.value == 10)
        #expect(found.first?.upper == nil)
        #expect(found.first?.openUpper == "life")
        #expect(found.first?.unit == .years)
        #expect(found.first?.counted == "imprisonment")
        #expect(found.first?.key == "prosecution.penalties.child")
    }

    @Test(arguments: [
        ("seven", 7.0), ("fourteen", 14), ("twenty-one", 21), ("ninety-nine", 99), ("one hundred", 100),
        ("one hundred twenty-five", 125), ("three hundred and six", 306), ("two thousand", 2000),
        ("four thousand five hundred", 4500), ("a dozen", 12), ("1,818", 1818), ("1818", 1818), ("26,000", 26000),
        ("1.2 million", 1_200_000), ("7", 7),
    ])
    func numberIsRead(_ written: String, _ value: Double) throws {
        let found = try statistics("Authorities investigated \(written) trafficking cases.")
        #expect(found.map(\.value) == [value])
        #expect(found.first?.key == "prosecution.investigations")
        #expect(found.first?.action == "investigated")
    }

    @Test func oneLaborTraffickerIsACount() throws {
        let found = try statistics("Courts convicted one labor trafficker.")
        #expect(found.map(\.value) == [1])
        #expect(found.first?.counted == "labor trafficker")
        #expect(found.first?.key == "prosecution.convictions.labor-trafficking")
    }

    @Test(arguments: [
        ("The ministry reported $4.9 billion in service exports.", 4_900_000_000.0, "USD", "service exports"),
        ("The government allocated $350,000 to shelters.", 350_000, "USD", "shelters"),
        ("The government allocated 1.5 million pesos for victim services.", 1_500_000, "pesos", "victim services"),
        ("The program earned US$7 billion in 2022.", 7_000_000_000, "USD", ""),
        ("The government spent €2.3 million in assistance.", 2_300_000, "EUR", "assistance"),
    ])
    func moneyHasItsCurrency(_ sentence: String, _ value: Double, _ currency: String, _ counted: String) throws {
        let found = try statistics(sentence, section: "PREVENTION")
        #expect(found.count == 1)
        #expect(found.first?.value == value)
        #expect(found.first?.unit == .money)
        #expect(found.first?.currency == currency)
        #expect(found.first?.counted == counted)
    }

    @Test func comparedWithAnEarlierYearIsLinked() throws {
        let found = try statistics(
            "In 2023, authorities investigated 14 domestic trafficking cases. This compared with seven domestic trafficking cases in 2022.")
        #expect(found.count == 2)
        #expect(found[0].period == "in 2023")
        #expect(!found[0].prior)
        #expect(found[1].prior)
        #expect(found[1].priorOf == found[0].index)
        #expect(found[1].period == "in 2022")
        #expect(found[1].key == found[0].key)
        #expect(found[0].key == "prosecution.investigations.domestic")
    }

    @Test func comparisonInTheSameSentenceIsLinked() throws {
        let found = try statistics("The government convicted 19 traffickers in 2023, compared with six convictions in 2022.")
        #expect(found.map(\.value) == [19, 6])
        #expect(found[1].priorOf == 0)
        #expect(found[0].period == "in 2023")
        #expect(found[1].period == "in 2022")
    }

    @Test(arguments: [
        "Article 363.1 of the penal code criminalized labor trafficking.",
        "Art. 5 and Article 12 applied.",
        "In 2023, the regime approved the 2023-2024 NAP.",
        "On September 29, 2025, the office released its report.",
        "The country remained on Tier 3 for the fourth year in a row.",
        "The regime operated a 24-hour hotline.",
        "Males older than age of 16 must register at the age of 17.",
        "A person younger than 18 cannot consent.",
        "No one was convicted, and one of the cases was dismissed.",
        "Decree No. 17 of 2019 governs the missions.",
        "The COVID-19 pandemic delayed trials.[3]",
    ])
    func notAStatistic(_ sentence: String) throws {
        let found = try statistics(sentence)
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func sameFigureWrittenTwoWaysHasTheSameValueAndKey() throws {
        let digits = try statistics("In 2023, officials conducted 1,818 labor inspections.", section: "PREVENTION")
        let plain = try statistics("In 2023, officials conducted 1818 labor inspections.", section: "PREVENTION")
        #expect(digits.map(\.value) == plain.map(\.value))
        #expect(digits.map(\.key) == plain.map(\.key))
        let word = try statistics("Authorities prosecuted seven alleged traffickers.")
        let number = try statistics("Authorities prosecuted 7 alleged traffickers.")
        #expect(word.map(\.value) == [7])
        #expect(word.map(\.value) == number.map(\.value))
        #expect(word.map(\.key) == number.map(\.key))
    }

    @Test func periodsAreRead() throws {
        let found = try statistics(
            """
            In calendar year 2023, authorities investigated 12 cases. By 2021, the regime had sanctioned 40,000 workers. Between June 2023 and February 2024, more than 1,000 people traveled abroad. Authorities identified 30 victims from April 2023 to March 2024.
            """)
        #expect(
            found.map(\.period) == [
                "calendar year 2023", "by 2021", "between June 2023 and February 2024", "from April 2023 to March 2024",
            ])
    }
}

@Suite struct ClausePhrasingTests {
    @Test func comparisonEndsWhereANewClauseHasItsOwnVerb() throws {
        let found = try statistics(
            "Courts convicted 12 traffickers, an increase from eight in 2021, and sentenced them to between two and 12 years' imprisonment."
        )
        #expect(found.map(\.value) == [12, 8, 2])
        #expect(found.map(\.prior) == [false, true, false])
        #expect(found[1].priorOf == 0)
        #expect(found[1].counted == "traffickers")
        #expect(found[2].upper == 12 && found[2].period == nil)
        #expect(found[2].key == "prosecution.sentences")
    }

    @Test func slashJoinedNumbersAreNotStatistics() throws {
        #expect(try statistics("The 24/7 hotline received 1,432 calls.", section: "PROTECTION").map(\.value) == [1432])
    }

    @Test func currencyWordsAndConvertedAmounts() throws {
        let found = try statistics("The government allocated 3.5 million lira ($120,000) to NGO shelters.", section: "PROTECTION")
        #expect(found.map(\.value) == [3_500_000, 120_000])
        #expect(found.map(\.currency) == ["lira", "USD"])
        #expect(found.map(\.counted) == ["NGO shelters", "NGO shelters"])
    }

    @Test func pronounsAndSubsetsPointBackToTheirNoun() throws {
        let found = try statistics(
            "Authorities identified 212 victims, including 140 women and 22 men, and referred 98 percent of them to care. The hotline received 1,432 calls, of which 37 were trafficking-related.",
            section: "PROTECTION")
        #expect(found.map(\.value) == [212, 140, 22, 98, 1432, 37])
        #expect(found[3].counted == "victims")
        #expect(found[5].counted == "trafficking-related calls")
    }
}

@Suite struct StatisticsTableTests {
    @Test func aLongKeyNeverPushesTheColumnsOutOfLine() throws {
        let edition = try Seed.edition()
        var statistics = StatisticsExtractor().statistics(in: edition)
        statistics[0].key = "prosecution." + String(repeating: "very-long-key-", count: 6)
        let lines = StatisticsText.render(statistics, of: edition).components(separatedBy: "\n").dropFirst()
        // Every row's value column starts at the same place.
        let starts = Set(
            lines.prefix(5).map { line -> Int in
                let afterKey = line.dropFirst(6).drop { $0 != " " }.prefix { $0 == " " }
                return 6 + line.dropFirst(6).prefix { $0 != " " }.count + afterKey.count
            })
        #expect(starts.count == 1, "\(starts)")
    }
}
