/// `annotate add`: every byte already in the file is kept, and a failed write changes nothing.
import Foundation
import TIPAnnotations
import TIPModel
import TIPTestSupport
import Testing

@Suite struct WriterTests {
    private let original = """
        # Reviewer notes, 2025 Cuba edition.
        edition: Reports/2025/cuba.txt   # the seed
        notes:
            # first pass
            - id: one
              note: "A note with a comment after it."   # keep me
              anchor: {section: prosecution}

        """

    @Test func appendingKeepsExistingBytesAndIndentation() throws {
        let path = try temporaryFile("notes.yaml", original)
        let draft = AnnotationWriter.Draft(
            author: "R. Reviewer", date: "2026-11-29", tags: ["wages"], text: "Line one.\nLine \"two\".",
            anchor: .quote(QuoteSelector(quote: "confiscates between 75 and 95 percent", section: .profile)))
        let id = try AnnotationWriter().append(draft, to: path, edition: nil)
        #expect(id == "confiscates-between-75-and")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix(original))
        #expect(written.dropFirst(original.count).hasPrefix("    - id: \"confiscates-between-75-and\"\n"))
        let file = try AnnotationReader().read(path)
        #expect(file.notes.map(\.id) == ["one", id])
        #expect(file.notes[1].text == "Line one.\nLine \"two\".")
        #expect(file.notes[1].tags == ["wages"])
    }

    @Test func generatedIdsAreUnique() throws {
        let path = try temporaryFile("notes.yaml", original)
        let draft = AnnotationWriter.Draft(text: "x", anchor: .tier)
        let first = try AnnotationWriter().append(draft, to: path, edition: nil)
        let second = try AnnotationWriter().append(draft, to: path, edition: nil)
        #expect(first == "tier-note")
        #expect(second == "tier-note-2")
    }

    @Test func failedWriteLeavesTheFileAsItWas() throws {
        let path = try temporaryFile("notes.yaml", original)
        let writer = AnnotationWriter(temporaryFolder: "/nonexistent-folder-for-tipdiff-tests")
        #expect {
            try writer.append(AnnotationWriter.Draft(text: "x", anchor: .tier), to: path, edition: nil)
        } throws: { error in
            guard case .io(_, let message)? = error as? AnnotationError else { return false }
            return message.hasPrefix("cannot write") && message.hasSuffix("the file is unchanged")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func duplicateIdIsRefusedAndTheFileKept() throws {
        let path = try temporaryFile("notes.yaml", original)
        #expect(throws: AnnotationError.refused(SourceLocation(path: path), "a note with id 'one' is already in the file")) {
            try AnnotationWriter().append(AnnotationWriter.Draft(id: "one", text: "x", anchor: .tier), to: path, edition: nil)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    }

    @Test func notesThatAreNotLastAreRefusedRatherThanRewritten() throws {
        let text = "notes:\n  - id: one\n    note: x\n    anchor: {tier: true}\nedition: a.txt\n"
        let path = try temporaryFile("notes.yaml", text)
        #expect {
            try AnnotationWriter().append(AnnotationWriter.Draft(text: "x", anchor: .tier), to: path, edition: nil)
        } throws: { error in
            guard case .refused? = error as? AnnotationError else { return false }
            return true
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func newFileGetsItsEdition() throws {
        let path = try temporaryFile("placeholder.yaml", "")
        try FileManager.default.removeItem(atPath: path)
        _ = try AnnotationWriter().append(
            AnnotationWriter.Draft(text: "x", anchor: .section(.prevention)), to: path, edition: "Reports/2025/cuba.txt")
        let file = try AnnotationReader().read(path)
        #expect(file.edition == "Reports/2025/cuba.txt")
        #expect(file.notes.first?.anchor == .section(.prevention))
    }
}
