import Foundation
import TIPModel
import TIPParsing
import TIPTestSupport
import Testing

/// Real section excerpts and headlines: each is read, with the verdict and the placement the report writes.
@Suite struct RealSectionTests {
    @Test(arguments: RealText.verdicts.map(\.file))
    func aSectionCopiedAloneIsAPartialEditionWithItsVerdict(_ file: String) throws {
        let coded = try #require(RealText.verdicts.first { $0.file == file })
        let path = RealText.folder.appendingPathComponent("sections/\(file)").path
        let edition = try EditionLoader().edition(from: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path, format: .text)
        #expect(edition.warnings.contains { $0.contains("partial narrative") })
        #expect(!edition.sections.flatMap(\.sentences).contains { $0.text == "[...]" }, "the excerpt's cut is not report text")
        // "belarus-2018-protection.txt" names Belarus: the year and the section's name are not the country's.
        #expect(!edition.country.contains(where: \.isNumber) && !edition.country.lowercased().contains(section(of: file)))
        let section = try #require(edition.sections.first { [.prosecution, .protection, .prevention].contains($0.kind) })
        #expect(file.contains(section.kind.rawValue), "the section is read from how the verdict names its area")
        #expect((section.verdict?.rawValue ?? "") == coded.direction)
        #expect((section.verdictQualifier ?? "").lowercased() == coded.qualifier.lowercased())
    }

    @Test(
        arguments: [
            (
                "The government's law enforcement efforts increased during the reporting period.", Verdict.increased, nil,
                SectionKind.prosecution
            ),
            ("The U.S. government maintained mixed efforts to prevent trafficking.", .maintained, "mixed", .prevention),
            (
                "Authorities maintained inadequate efforts to identify and protect trafficking victims.", .maintained, "inadequate",
                .protection
            ),
            ("The government slightly decreased prevention efforts.", .decreased, "slightly", .prevention),
            ("The government increased some anti-trafficking law enforcement efforts.", .increased, "some", .prosecution),
        ] as [(String, Verdict?, String?, SectionKind)])
    func verdictsInOtherSubjectsAndWordOrders(_ sentence: String, _ direction: Verdict?, _ qualifier: String?, _ kind: SectionKind) {
        let reading = VerdictReader.reading(of: sentence)
        #expect(reading?.direction == direction)
        #expect(reading?.qualifier == qualifier)
        #expect(reading?.kind == kind)
    }

    private func section(of file: String) -> String {
        ["prosecution", "protection", "prevention"].first { file.contains($0) } ?? "-"
    }

    @Test(arguments: [
        "The government reported efforts to prevent trafficking.", "The government increased efforts to train officials.",
        "NGOs maintained shelters for victims.",
    ])
    func sentencesThatStateNoVerdictAreNotVerdicts(_ sentence: String) {
        #expect(VerdictReader.reading(of: sentence) == nil)
    }

    @Test(arguments: RealText.headlines.map { $0[0] })
    func aRealHeadlineGivesItsTierAndMovement(_ file: String) throws {
        let row = try #require(RealText.headlines.first { $0[0] == file })
        let path = RealText.folder.appendingPathComponent("headlines/\(file)").path
        let edition = try EditionLoader().edition(from: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path, format: .text)
        #expect(edition.tier.placement.rawValue == row[3])
        #expect(edition.tier.movement.rawValue == row[4])
        #expect(edition.tier.policyOrPattern == (row[7] == "yes"))
    }
}
