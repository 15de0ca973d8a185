import Foundation
import TIPModel
import TIPParsing
import TIPStatistics
import TIPTestSupport
import Testing

/// The statistics of a real section excerpt under Tests/Fixtures/real/sections.
private func realStatistics(_ file: String) throws -> [Statistic] {
    let edition = try EditionLoader().edition(at: Seed.path("Tests/Fixtures/real/sections/" + file))
    return StatisticsExtractor().statistics(in: edition)
}

/// What a figure counts: its key and label, from real sentences of the report and the real sections' coded cues.
@Suite struct MeasureTests {
    /// Figures whose meaning the gold cue states: the file, the figure as written (its nth occurrence), key, label.
    @Test(arguments: [
        ("belarus-2018-protection.txt", "26", 0, "protection.victims-identified.child", "Victims identified, children"),
        (
            "belarus-2018-protection.txt", "1,298", 0, "protection.individuals-convicted-on-prostitution-charges",
            "Individuals convicted on prostitution charges"
        ),
        (
            "belarus-2017-protection.txt", "1,420", 0, "protection.individuals-convicted-on-prostitution-charges",
            "Individuals convicted on prostitution charges"
        ),
        ("belarus-2018-protection.txt", "two", 0, "protection.victims-identified.confirmed", "Victims identified, confirmed"),
        (
            "belarus-2018-protection.txt", "131", 0, "protection.victims-identified.confirmed.potential",
            "Victims identified, confirmed, potential"
        ),
        ("belarus-2018-protection.txt", "22", 0, "protection.victims-assisted.child", "Victims assisted, children"),
        ("belarus-2017-protection.txt", "27", 1, "protection.victims-assisted.child", "Victims assisted, children"),
        ("belarus-2017-protection.txt", "124", 0, "protection.crisis-rooms", "Crisis rooms"),
        (
            "sierra-leone-2017-protection.txt", "fifteen", 0, "protection.victims-identified.labor-trafficking",
            "Victims identified, labor trafficking"
        ),
        (
            "sierra-leone-2017-protection.txt", "five", 0, "protection.victims-identified.sex-trafficking",
            "Victims identified, sex trafficking"
        ),
        ("sierra-leone-2017-protection.txt", "119 million leones", 0, "protection.budgets", "Budgets (leones)"),
        ("sierra-leone-2017-protection.txt", "$15,970", 0, "protection.budgets", "Budgets (USD)"),
        (
            "gambia-2017-prosecution.txt", "40", 0, "prosecution.victims-identified.forced-begging.child.potential",
            "Victims identified, forced begging, children, potential"
        ),
        ("macau-2019-prosecution.txt", "15", 0, "prosecution.sentences", "Sentences"),
        ("portugal-2017-prosecution.txt", "15", 0, "prosecution.convictions", "Convictions"),
        (
            "dominican-republic-2017-prosecution.txt", "15 to 20 years", 0, "prosecution.penalties",
            "Penalties (years of imprisonment)"
        ),
    ])
    func realFigureNamesWhatItCounts(_ file: String, _ text: String, _ occurrence: Int, _ key: String, _ label: String) throws {
        let found = try realStatistics(file).filter { $0.text == text }
        #expect(found.count > occurrence, "\(file): \(text) not found")
        guard found.count > occurrence else { return }
        #expect(found[occurrence].key == key)
        #expect(found[occurrence].label == label)
    }

    /// One real sentence a vocabulary word or qualifier: the figure's value and the key it must get.
    @Test(arguments: [
        (
            "PROSECUTION",
            "In 2016, the government initiated 25 investigations—23 for sex trafficking and two for forced begging—and prosecuted 40 alleged traffickers, compared with 15 investigations and prosecutions of 49 alleged traffickers in 2015.",
            25.0, "prosecution.investigations"
        ),
        (
            "PROSECUTION",
            "In 2016, the government initiated 25 investigations—23 for sex trafficking and two for forced begging—and prosecuted 40 alleged traffickers, compared with 15 investigations and prosecutions of 49 alleged traffickers in 2015.",
            23, "prosecution.investigations.sex-trafficking"
        ),
        (
            "PROSECUTION",
            "In 2016, the government initiated 25 investigations—23 for sex trafficking and two for forced begging—and prosecuted 40 alleged traffickers, compared with 15 investigations and prosecutions of 49 alleged traffickers in 2015.",
            2, "prosecution.investigations.forced-begging"
        ),
        (
            "PROSECUTION",
            "In 2016, the government initiated 25 investigations—23 for sex trafficking and two for forced begging—and prosecuted 40 alleged traffickers, compared with 15 investigations and prosecutions of 49 alleged traffickers in 2015.",
            40, "prosecution.prosecutions"
        ),
        (
            "PROSECUTION", "The government convicted 10 defendants of trafficking in 2017, compared with nine in 2016 and three in 2015.",
            10,
            "prosecution.convictions"
        ),
        (
            "PROSECUTION",
            "A court acquitted three defendants of labor trafficking and employment of undocumented foreign workers in a case which had been pending since 2019.",
            3, "prosecution.defendants"
        ),
        (
            "PROSECUTION",
            "The government initiated two prosecutions (one in 2017) and convicted two sex traffickers in 2018; courts sentenced these offenders to 15 and 18 months’ imprisonment.",
            18, "prosecution.sentences"
        ),
        (
            "PROSECUTION",
            "The 2003 Law on Human Smuggling and Trafficking (Law 137-03) prohibits most forms of trafficking in persons and prescribes penalties of 15 to 20 years imprisonment and fines—penalties sufficiently stringent and commensurate with those prescribed for other serious crimes, such as rape.",
            15, "prosecution.penalties"
        ),
        (
            "PROTECTION",
            "The government identified two confirmed and 129 potential trafficking victims during law enforcement investigations, compared with 184 confirmed and potential victims in 2016 and 121 in 2015.",
            129, "protection.victims-identified.potential"
        ),
        (
            "PROTECTION",
            "The government identified two confirmed and 129 potential trafficking victims during law enforcement investigations, compared with 184 confirmed and potential victims in 2016 and 121 in 2015.",
            2, "protection.victims-identified.confirmed"
        ),
        (
            "PROTECTION",
            "The government reported referring 60 victims to NGOs for reintegration services, compared with 55 in 2016 and 27 in 2015.", 60,
            "protection.victims-referred"
        ),
        (
            "PROTECTION",
            "NGOs reported assisting 137 trafficking victims in 2017, 22 of whom were children, compared with 279 victims assisted in 2016.",
            137, "protection.victims-assisted"
        ),
        (
            "PROTECTION",
            "NGOs reported assisting 137 trafficking victims in 2017, 22 of whom were children, compared with 279 victims assisted in 2016.",
            22, "protection.victims-assisted.child"
        ),
        (
            "PROTECTION",
            "The government had mechanisms to assist in the repatriation of victims, and the government repatriated one victim.", 1,
            "protection.victims-repatriated"
        ),
        (
            "PROTECTION",
            "Among the victims identified, at least fifteen were subjected to forced labor, five to sex trafficking, and two to both domestic servitude and sex trafficking; the type of exploitation of the other victims was not reported.",
            15, "protection.victims-identified.labor-trafficking"
        ),
        (
            "PROTECTION",
            "Among the victims identified, at least fifteen were subjected to forced labor, five to sex trafficking, and two to both domestic servitude and sex trafficking; the type of exploitation of the other victims was not reported.",
            2, "protection.victims-identified.sex-trafficking.labor-trafficking"
        ),
        (
            "PROTECTION",
            "Of the 131 confirmed and potential victims the government identified in 2017, 127 victims, including 26 children, were sexually exploited.",
            26, "protection.victims-identified.child"
        ),
        ("PROTECTION", "This was compared with six victims in 2022, one woman and five girls.", 1, "protection.victims.female"),
        ("PROTECTION", "This was compared with six victims in 2022, one woman and five girls.", 5, "protection.victims.child"),
        (
            "PROTECTION",
            "The government allocated approximately 119 million leones ($15,970) to the Ministry of Social Welfare, Gender, and Children’s Affairs to support an NGO shelter that cared for trafficking victims.",
            15970, "protection.budgets"
        ),
        (
            "PROTECTION",
            "The regime reported operating three child and adolescent protection centers, which offered assistance to child victims of sexual abuse.",
            3, "protection.shelters"
        ),
        (
            "PREVENTION", "In 2023, the regime reported conducting 1,818 labor inspections and issuing more than 10,013 labor violations.",
            1818,
            "prevention.labor-inspections"
        ),
        (
            "PROSECUTION",
            "In calendar year 2023, authorities investigated 14 domestic trafficking cases, including 13 for sex trafficking and one for forced begging.",
            14, "prosecution.investigations.domestic"
        ),
    ])
    func vocabularyWordIsReadFromARealSentence(_ section: String, _ sentence: String, _ value: Double, _ key: String) throws {
        let found = try statistics(sentence, section: section).filter { $0.value == value }
        #expect(found.map(\.key).contains(key), "\(found.map(\.key))")
    }

    @Test(arguments: [
        (
            "protection.victims-identified.sex-trafficking.child", Statistic.Unit.count, nil as String?,
            "Victims identified, sex trafficking, children"
        ),
        ("prosecution.prosecutions", .count, nil, "Prosecutions"),
        ("prosecution.penalties", .years, nil, "Penalties (years of imprisonment)"),
        ("prosecution.sentences.labor-trafficking", .months, nil, "Sentences, labor trafficking (months of imprisonment)"),
        ("prevention.months", .months, nil, "Months"),
        ("protection.budgets", .money, "USD", "Budgets (USD)"),
        ("prosecution.investigations.domestic", .count, nil, "Investigations, domestic"),
        ("prosecution.investigations.transnational.foreign", .count, nil, "Investigations, transnational, foreign nationals"),
        ("protection.victims.female.adult", .count, nil, "Victims, female, adults"),
        ("prevention.hotline-calls", .count, nil, "Hotline contacts"),
        ("profile.cuban-government-affiliated-medical-workers", .count, nil, "Cuban government affiliated medical workers"),
        ("profile.wages", .percent, nil, "Wages (percent)"),
    ])
    func keyIsSaidInWords(_ key: String, _ unit: Statistic.Unit, _ currency: String?, _ label: String) {
        #expect(Measure.label(ofKey: key, unit: unit, currency: currency) == label)
    }

    @Test func sameWordingGivesTheSameKeyInAnotherEdition() throws {
        let old = try realStatistics("belarus-2017-protection.txt")
        let new = try realStatistics("belarus-2018-protection.txt")
        // "NGOs reported assisting 279 trafficking victims in 2016, 27 of whom were children" and the 2018 edition's
        // "137 ... in 2017, 22 of whom were children": one series.
        #expect(old.first { $0.text == "27" && $0.sentence > 2 }?.key == new.first { $0.text == "22" }?.key)
        #expect(old.first { $0.text == "1,420" }?.key == new.first { $0.text == "1,298" }?.key)
        #expect(old.first { $0.text == "one" }?.key == new.first { $0.text == "two" }?.key)
    }

    @Test func labelIsInTheJSON() throws {
        let figure = try #require(try statistics("The government initiated two prosecutions in 2018.").first)
        let json = try #require(String(data: try JSONEncoder().encode(figure), encoding: .utf8))
        #expect(json.contains("\"label\":\"Prosecutions\""))
    }
}
