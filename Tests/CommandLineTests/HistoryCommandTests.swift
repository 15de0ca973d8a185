import Foundation
import Testing

/// `tipdiff history`: the shipped editions in each format, and a country the tables do not know.
@Suite struct HistoryCommandTests {
    @Test func historyOfTheShippedEditions() throws {
        let run = try Run(["history", "--country", "Cuba"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Cuba: 2 editions (2024–2025), 118 sentences in 2025, 2 dropped on the way"))
        #expect(run.stdout.contains("    new in 2025       Despite this the regime took some steps"))
        #expect(run.stdout.contains("      reworded in 2025: government → regime"))
    }

    @Test func historyInEachFormat() throws {
        let json = try Run(["history", "Reports", "--country", "cuba", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["country"] as? String == "Cuba")
        #expect(object["years"] as? [Int] == [2024, 2025])
        #expect((object["lineages"] as? [Any])?.count == 120)
        let csv = try Run(["history", "--country", "Cuba", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("country,kind,section,year,sentence,status,count,text,removed,added\r\n"))
        let html = try Run(["history", "--country", "Cuba", "--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<span class=\"age gone\">last in 2024</span>"))
    }

    @Test func historyOfAnUnknownCountryExitsWithTwo() throws {
        let run = try Run(["history", "--country", "Atlantis"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: unknown country 'Atlantis'"))
        #expect(run.stdout.isEmpty)
    }
}

/// `tipdiff ledger` on the shipped editions.
@Suite struct LedgerCommandTests {
    @Test(arguments: [
        ["terms", "missing/folder"], ["ledger", "missing/folder"], ["restatements", "missing/folder", "--country", "Cuba"],
    ])
    func anArchiveThatIsNotThereIsNamedAsMissing(arguments: [String]) throws {
        let run = try Run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("missing/folder: error: no such file or folder"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func ledgerOfTheShippedEditions() throws {
        let run = try Run(["ledger", "--country", "Cuba"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("recommendations across 1 country, 2 edition years\n"))
        #expect(run.stdout.contains("\nCuba: 12 recommendations over 2 editions\n"))
        let csv = try Run(["ledger", "--country", "Cuba", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("country,recommendation,year,status,text,evidence\r\nCuba,R1,2024,first,"))
        #expect(try Run(["ledger", "--country", "Atlantis"]).status == 2)
    }
}

/// `tipdiff restatements` on the shipped editions.
@Suite struct RestatementsCommandTests {
    @Test func restatementsOfTheShippedEditions() throws {
        let run = try Run(["restatements", "--country", "Cuba"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("12 restated figures in 1 country: 5 consistent, 1 revised, 6 not found\n"))
        #expect(run.stdout.contains("  2025  revised    protection.victims-identified for 2022: 6 victims\n"))
        #expect(run.stdout.contains("Reports/2024/cuba.txt gave 5: "))
        let csv = try Run(["restatements", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("country,key,period,status,year,value,quote,path,reported_year,"))
    }
}

/// `tipdiff terms` on the shipped editions.
@Suite struct TermsCommandTests {
    @Test func termsCountedPerEditionWithTheFolderOrWithout() throws {
        let run = try Run(["terms", "Reports", "regime", "--country", "Cuba"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("1 country, 2 edition years (2024–2025)\n\n\"regime\": "))
        let bare = try Run(["terms", "regime", "--country", "Cuba"])
        #expect(bare.stdout == run.stdout)
        let missing = try Run(["terms", "/nonexistent/Reports", "regime"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        let csv = try Run(["terms", "government", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("kind,term,country,year,section,sentence,count,text\r\nhit,government,Cuba,2024,"))
    }

    @Test func termsWithNoTermListWhatTheReportStoppedSaying() throws {
        let run = try Run(["terms", "--country", "Cuba"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("wording added or removed in the most countries in one year:\n  2025    1/1  words "))
        #expect(run.stdout.contains("section lengths (sentences, words) summed over the countries:"))
    }
}
