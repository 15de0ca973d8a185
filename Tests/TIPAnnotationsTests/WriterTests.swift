import Foundation
import TIPAnnotations
import TIPModel
import TIPTestSupport
import Testing

/// `annotate add`: every byte already in the file is kept, and a failed write changes nothing.
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

    @Test func lineBreakCharactersInANoteAreKeptAsWritten() throws {
        let path = try temporaryFile("notes.yaml", original)
        let text = "next\u{85}line, separator\u{2028}and paragraph\u{2029}end, a C1 \u{90} and a BOM \u{FEFF}"
        try AnnotationWriter().append(AnnotationWriter.Draft(id: "nel", text: text, anchor: .tier), to: path, edition: nil)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("note: \"next\\Nline, separator\\Land paragraph\\Pend, a C1 \\u0090 and a BOM \\uFEFF\""))
        #expect(try AnnotationReader().read(path).notes.last?.text == text)
    }

    @Test func appendingKeepsTheByteOrderMark() throws {
        let path = try temporaryFile("notes.yaml", "\u{FEFF}" + original)
        try AnnotationWriter().append(AnnotationWriter.Draft(id: "two", text: "x", anchor: .tier), to: path, edition: nil)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array(original.utf8)))
        #expect(try AnnotationReader().read(path).notes.map(\.id) == ["one", "two"])
        try AnnotationEditor().update(note: "two", status: .resolved, text: nil, in: path)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))).starts(with: [0xEF, 0xBB, 0xBF] + Array(original.utf8)))
    }

    @Test func aListIndentedAfterTheDashIsExtendedInItsOwnLayout() throws {
        let text = "edition: a.txt\nnotes:\n-   id: one\n    note: x\n    anchor: {tier: true}\n"
        let path = try temporaryFile("notes.yaml", text)
        try AnnotationWriter().append(AnnotationWriter.Draft(id: "two", text: "y", anchor: .tier), to: path, edition: nil)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == text + "-   id: \"two\"\n    status: open\n    note: \"y\"\n    anchor:\n      tier: true\n")
        #expect(try AnnotationReader().read(path).notes.map(\.id) == ["one", "two"])
    }

    @Test func aFileIsNeverGrownPastWhatReadersAccept() throws {
        let note =
            "  - id: big\n    note: \"" + String(repeating: "x", count: AnnotationReader.largestFile - 200)
            + "\"\n    anchor: {tier: true}\n"
        let text = "notes:\n" + note
        let path = try temporaryFile("notes.yaml", text)
        #expect(try AnnotationReader().read(path).notes.count == 1)
        #expect {
            try AnnotationWriter().append(
                AnnotationWriter.Draft(id: "two", text: String(repeating: "y", count: 300), anchor: .tier), to: path, edition: nil)
        } throws: { error in
            guard case .refused(let location, let message)? = error as? AnnotationError else { return false }
            return location.path == path && message.contains("past the \(AnnotationReader.largestFile) that readers accept")
        }
        #expect {
            try AnnotationEditor().update(
                note: "big", status: nil, text: String(repeating: "z", count: AnnotationReader.largestFile), in: path)
        } throws: { error in
            guard case .refused(_, let message)? = error as? AnnotationError else { return false }
            return message.contains("that readers accept")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(try AnnotationReader().read(path).notes.count == 1)
    }

    @Test func parallelWritersKeepEveryNoteAndAReaderNeverSeesAPart() throws {
        let path = try temporaryFile("notes.yaml", original)
        let stop = Flag()
        let prefix = Data(original.utf8)
        let reader = Thread {
            while !stop.isSet {
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
                if !bytes.starts(with: prefix) { stop.fail() }
            }
        }
        reader.start()
        DispatchQueue.concurrentPerform(iterations: 24) { index in
            _ = try? AnnotationWriter().append(AnnotationWriter.Draft(id: "n\(index)", text: "t", anchor: .tier), to: path, edition: nil)
        }
        stop.set()
        while !reader.isFinished { usleep(1000) }
        #expect(!stop.failed, "a reader saw the file empty or cut")
        let ids = Set(try AnnotationReader().read(path).notes.map(\.id))
        #expect(ids == Set(["one"] + (0..<24).map { "n\($0)" }))
    }
}

/// A flag threads share.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var failure = false
    var isSet: Bool { lock.withLock { stopped } }
    var failed: Bool { lock.withLock { failure } }
    func set() { lock.withLock { stopped = true } }
    func fail() { lock.withLock { failure = true } }
}
