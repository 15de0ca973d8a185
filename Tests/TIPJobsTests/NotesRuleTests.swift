import Foundation
import TIPAnnotations
import TIPDiff
import TIPJobs
import TIPTestSupport
import Testing

/// The one rule for notes and editions: a file's `edition:` names an edition however the path is spelt, and a
/// country's new notes go to the file written against its newer edition, else to a new file named for it.
@Suite struct NotesRuleTests {
    private func notes(naming edition: String) throws -> AnnotationFile {
        try AnnotationReader().read(
            try temporaryFile("cuba.yaml", "edition: \(edition)\nnotes:\n  - id: a\n    note: x\n    anchor: {tier: true}\n"))
    }

    @Test(arguments: ["./Reports/2024/cuba.txt", "Reports/2024/cuba.txt", "Reports/2025/../2024/cuba.txt"])
    func anEditionPathIsTheOlderEditionHoweverItIsSpelt(_ spelling: String) throws {
        let old = try Seed.edited()
        let new = try Seed.edition()
        let file = try notes(naming: spelling)
        #expect(AnnotationSet.writtenAgainst(file, old: old, new: new) == .old)
        #expect(AnnotationSet(files: [file]).files(for: old, countries: 2, countryKey: { $0 }).count == 1)
    }

    @Test func anotherEditionIsNeitherSide() throws {
        let file = try notes(naming: "./Reports/2023/cuba.txt")
        #expect(AnnotationSet.writtenAgainst(file, old: try Seed.edited(), new: try Seed.edition()) == .other)
    }

    @Test func newNotesGoToTheFileWrittenAgainstTheNewerEdition() throws {
        let country = Differ().compare(try Seed.edited(), try Seed.edition())
        let own = try notes(naming: "./Reports/2025/cuba.txt")
        let older = try notes(naming: "Reports/2024/cuba.txt")
        #expect(NotesDestination.file(for: country, in: AnnotationSet(files: [older, own]), folder: "Annotations") == own.path)
        #expect(
            NotesDestination.file(for: country, in: AnnotationSet(files: [older]), folder: "Annotations") == "Annotations/cuba-2025.yaml")
    }
}
