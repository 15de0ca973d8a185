import Foundation
import TIPAnnotations
import TIPModel
import TIPTestSupport
import Testing

/// Editing one note in place: only that note's lines change, the rest of the file keeps every byte, and a
/// note in a layout that cannot be edited safely leaves the file as it was.
@Suite struct EditorTests {
    private let original = """
        # Reviewer notes.
        edition: Reports/2025/cuba.txt
        notes:
          - id: first
            author: "M. Alvarez"
            status: open
            note: |
              A block of text
              over two lines.
            anchor:
              section: profile

          - id: second   # keep this comment
            note: "Plain one."
            anchor: {tier: true}

        """

    @Test func resolvingANoteChangesItsStatusLineAlone() throws {
        let path = try temporaryFile("notes.yaml", original)
        try AnnotationEditor().update(note: "first", status: .resolved, text: nil, in: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == original.replacingOccurrences(of: "    status: open\n", with: "    status: resolved\n"))
        #expect(try AnnotationReader().read(path).notes.map(\.status) == [.resolved, .open])
    }

    @Test func editingTextReplacesTheBlockAndAddsAMissingStatus() throws {
        let path = try temporaryFile("notes.yaml", original)
        try AnnotationEditor().update(note: "first", status: nil, text: "New text with \"quotes\".", in: path)
        try AnnotationEditor().update(note: "second", status: .resolved, text: nil, in: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let expected =
            original
            .replacingOccurrences(
                of: "    note: |\n      A block of text\n      over two lines.\n", with: "    note: \"New text with \\\"quotes\\\".\"\n"
            )
            .replacingOccurrences(
                of: "  - id: second   # keep this comment\n", with: "  - id: second   # keep this comment\n    status: resolved\n")
        #expect(written == expected)
        let notes = try AnnotationReader().read(path).notes
        #expect(notes.map(\.text) == ["New text with \"quotes\".", "Plain one."])
        #expect(notes.map(\.status) == [.open, .resolved])
    }

    @Test func authorAndTagsAreEditedInTheirOwnLines() throws {
        let path = try temporaryFile("notes.yaml", original)
        try AnnotationEditor().update(note: "first", status: nil, text: nil, author: "J. Okafor", tags: ["wording", "tier"], in: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            written
                == original.replacingOccurrences(of: "    author: \"M. Alvarez\"\n", with: "    author: \"J. Okafor\"\n")
                .replacingOccurrences(of: "  - id: first\n", with: "  - id: first\n    tags: [\"wording\", \"tier\"]\n"))
        let notes = try AnnotationReader().read(path).notes
        #expect(notes[0].author == "J. Okafor" && notes[0].tags == ["wording", "tier"])
        #expect(notes[1].sameContent(as: try AnnotationReader().parse(original, path: path).notes[1]))
    }

    @Test func deletingANoteTakesOutItsLinesAlone() throws {
        let path = try temporaryFile("notes.yaml", original)
        try AnnotationEditor().delete(note: "first", in: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let first =
            "  - id: first\n    author: \"M. Alvarez\"\n    status: open\n    note: |\n      A block of text\n      over two lines.\n"
            + "    anchor:\n      section: profile\n"
        #expect(written == original.replacingOccurrences(of: first, with: ""))
        #expect(try AnnotationReader().read(path).notes.map(\.id) == ["second"])
        // The file's only note stays: a notes file without notes would say nothing.
        #expect(throws: AnnotationError.self) { try AnnotationEditor().delete(note: "second", in: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
    }

    @Test func crlfFilesStayCRLF() throws {
        let path = try temporaryFile("notes.yaml", original.replacingOccurrences(of: "\n", with: "\r\n"))
        try AnnotationEditor().update(note: "first", status: .resolved, text: nil, in: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            written
                == original.replacingOccurrences(of: "    status: open\n", with: "    status: resolved\n").replacingOccurrences(
                    of: "\n", with: "\r\n"))
    }

    @Test func aNoteInAFlowListIsLeftAlone() throws {
        let flow = "edition: x.txt\nnotes: [{id: a, note: \"x\", anchor: {tier: true}}]\n"
        let path = try temporaryFile("notes.yaml", flow)
        #expect(throws: AnnotationError.self) { try AnnotationEditor().update(note: "a", status: .resolved, text: nil, in: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == flow)
        #expect(throws: AnnotationError.self) { try AnnotationEditor().update(note: "missing", status: .resolved, text: nil, in: path) }
    }

    @Test func aListIndentedAfterTheDashIsEditedInItsOwnLayout() throws {
        let text = "notes:\n-   id: one\n    note: x\n    anchor: {tier: true}\n-   id: two\n    note: y\n    anchor: {tier: true}\n"
        let path = try temporaryFile("notes.yaml", text)
        try AnnotationEditor().update(note: "one", status: .resolved, text: "z", in: path)
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == "notes:\n-   id: one\n    status: resolved\n    note: \"z\"\n    anchor: {tier: true}\n-   id: two\n    note: y\n    anchor: {tier: true}\n"
        )
    }
}
