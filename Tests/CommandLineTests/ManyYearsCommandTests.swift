import Foundation
import Testing

/// `tipdiff tiers`, `timeline` and `split`, and countries matched through the alias table in year-folder diffs.
@Suite struct ManyYearsCommandTests {
    @Test func tiers2023To2024() throws {
        let run = try Run(["tiers", "2023", "2024"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("2024 is partial: the data has no Tier 1 and Tier 2 placements"))
        #expect(run.stdout.contains("downgrade (20):"))
        #expect(run.stdout.contains("  Brunei                            Tier 2 Watch List → Tier 3"))
    }

    @Test func tiersCsvOpensInASpreadsheet() throws {
        let run = try Run(["tiers", "2023", "2024", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("country,tier_2023,tier_2024,status,note\r\n"))
        #expect(run.stdout.contains("Algeria,Tier 3,Tier 2 Watch List,upgrade,\r\n"))
    }

    @Test func countryHistoryByAnyName() throws {
        let run = try Run(["tiers", "--country", "Myanmar"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Burma: tier placements"))
        let unknown = try Run(["tiers", "--country", "Atlantis"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("error: unknown country 'Atlantis'"))
    }

    @Test func timelineOfTheShippedEditions() throws {
        let run = try Run(["timeline", "Reports", "--country", "Cuba"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Cuba: 2 editions (2024, 2025)"))
        #expect(run.stdout.contains("  Labor inspections "))
        #expect(run.stdout.contains("tier 2024: Reports/2024/cuba.txt states Tier 2 Watch List; the tier table has Tier 3 for 2024"))
    }

    @Test func splitWritesOneFilePerCountry() throws {
        let folder = try temporaryFolder()
        let report = folder.appendingPathComponent("report.txt")
        try Data(
            """
            Illustrative sample for tipdiff's tests.
            CUBA: Tier 3
            The government of Cuba does not fully meet the minimum standards for the elimination of trafficking and is not making significant efforts to do so. Cuba remained on Tier 3.
            KOREA, SOUTH (Tier 1)
            The Government of the Republic of Korea fully meets the minimum standards for the elimination of trafficking.
            CÔTE D’IVOIRE: Tier 2
            The Government of Côte d’Ivoire does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so.

            """.utf8
        ).write(to: report)
        let out = folder.appendingPathComponent("Reports").path
        let run = try Run(["split", report.path, "--year", "2026", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("wrote 3 narratives for 2026:"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out + "/2026").sorted()
        #expect(files == ["cote-divoire.txt", "cuba.txt", "south-korea.txt"])
        let parse = try Run(["parse", out + "/2026/cuba.txt"])
        #expect(parse.stdout.contains("tier: Tier 3, remained"))
    }

    @Test func splitReadsCRLFTextAsParseDoes() throws {
        let folder = try temporaryFolder()
        let report = folder.appendingPathComponent("report.txt")
        let text = try String(contentsOf: Run.root.appendingPathComponent("examples/tip-2026.txt"), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: report)
        let out = folder.appendingPathComponent("Reports").path
        let run = try Run(["split", report.path, "--year", "2026", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("wrote 2 narratives for 2026:"), "\(run.stdout)")
        let parse = try Run(["parse", out + "/2026/cuba.txt"])
        #expect(parse.stdout.contains("tier: Tier 3, remained"), "\(parse.stdout)")
    }

    @Test func yearFolderDiffMatchesCountriesThroughTheAliasTable() throws {
        let seed = try String(contentsOf: Run.root.appendingPathComponent("Reports/2025/cuba.txt"), encoding: .utf8)
        let root = try temporaryFolder()
        for (year, name) in [("2024", "myanmar"), ("2025", "burma")] {
            let folder = root.appendingPathComponent(year)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(seed.replacingOccurrences(of: "Cuba", with: "Burma").utf8).write(to: folder.appendingPathComponent("\(name).txt"))
        }
        let run = try Run(["diff", root.appendingPathComponent("2024").path, root.appendingPathComponent("2025").path, "--format", "json"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(!run.stdout.contains("country-added"))
    }
}

@Suite struct BuiltInTablesTests {
    @Test func timelineWorksOutsideTheCheckout() throws {
        let elsewhere = try temporaryFolder()
        let run = try Run(["timeline", Run.root.appendingPathComponent("Reports").path, "--country", "Cuba"], in: elsewhere)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Cuba: 2 editions (2024, 2025)"))
    }

    @Test func tiersWorkOutsideTheCheckoutFromTheBuiltInCopy() throws {
        let run = try Run(["tiers", "2023", "2024", "--format", "csv"], in: try temporaryFolder())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Algeria,Tier 3,Tier 2 Watch List,upgrade,"))
    }

    @Test func theBuiltInCopyIsTheProjectsTables() throws {
        let shipped = Run.root.appendingPathComponent("Reports/tiers")
        let built = Run.root.appendingPathComponent("Sources/TIPTierTables/Resources/tiers")
        let names = try FileManager.default.contentsOfDirectory(atPath: shipped.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: built.path).sorted() == names)
        for name in names {
            #expect(
                try Data(contentsOf: shipped.appendingPathComponent(name)) == Data(contentsOf: built.appendingPathComponent(name)),
                "\(name): copy Reports/tiers/\(name) to Sources/TIPTierTables/Resources/tiers/")
        }
    }
}

@Suite struct HonestNamesAndCountsTests {
    @Test func aPartialYearsMissingTiersAreNullNotZero() throws {
        let run = try Run(["tiers", "2023", "2024", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: [Any]])
        #expect(counts["Tier 1"]?[0] as? Int == 30)
        #expect(counts["Tier 1"]?[1] is NSNull, "2024's data has no Tier 1 placements: unknown, not 0")
    }

    @Test func namesAreSpeltAsTheAliasTableDoes() throws {
        let folder = try temporaryFolder()
        let text =
            "CÔTE D'IVOIRE: Tier 2\n\nThe Government of Côte d'Ivoire does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so. Côte d'Ivoire remained on Tier 2.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("ivory.txt"))
        let run = try Run(["parse", folder.path])
        #expect(run.stdout.hasPrefix("Côte d'Ivoire "), "\(run.stdout)")
        #expect(run.stderr.contains("ivory.txt: warning: the file name 'ivory' is no country the alias table knows; read as Côte d'Ivoire"))
    }
}
