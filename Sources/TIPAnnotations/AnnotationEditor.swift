import Foundation
import TIPModel
import TIPSupport

/// Changes one note of an annotation file in place: its status, text, author or tags, touching only the lines
/// of those fields, or takes the note out, touching only its lines (a `git diff` shows that note alone). The result is read back and must hold the same
/// notes with only that change; otherwise the file is left exactly as it was.
public struct AnnotationEditor: Sendable {
    /// Where the temporary file goes (the file's own folder when `nil`).
    public var temporaryFolder: String?

    public init(temporaryFolder: String? = nil) { self.temporaryFolder = temporaryFolder }

    /// Sets note `id`'s status, text, author and/or tags in the file at `path` (a field not given is kept).
    public func update(
        note id: String, status: Note.Status?, text: String?, author: String? = nil, tags: [String]? = nil, in path: String
    ) throws(AnnotationError) {
        try rewrite(note: id, in: path) { lines, block in
            let (start, _, fieldIndent) = block
            var end = block.1
            if let text { end = Self.replace("note", with: "note: \(AnnotationWriter.quoted(text))", in: &lines, start, end, fieldIndent) }
            if let status { end = Self.replace("status", with: "status: \(status.rawValue)", in: &lines, start, end, fieldIndent) }
            if let author {
                end = Self.replace("author", with: "author: \(AnnotationWriter.quoted(author))", in: &lines, start, end, fieldIndent)
            }
            if let tags {
                let list = "tags: [\(tags.map(AnnotationWriter.quoted).joined(separator: ", "))]"
                end = Self.replace("tags", with: list, in: &lines, start, end, fieldIndent)
            }
        } expect: { notes, index in
            if let status { notes[index].status = status }
            if let text { notes[index].text = text }
            if let author { notes[index].author = author }
            if let tags { notes[index].tags = tags }
        }
    }

    /// Takes note `id` out of the file at `path`: its lines only, every other byte kept. The file's only note
    /// is refused (a notes file without notes says nothing; delete the file instead).
    public func delete(note id: String, in path: String) throws(AnnotationError) {
        try rewrite(note: id, in: path) { lines, block in
            var (start, end, _) = block
            // Blank lines that end the item stay, as the gap before the next note.
            while end > start + 1 && lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
            lines.removeSubrange(start..<end)
        } expect: { notes, index in
            notes.remove(at: index)
        }
    }

    /// Reads the file, changes the lines of note `id` with `change`, and writes the result only when it reads
    /// back as the notes `expect` makes of the old ones (the note's index given): otherwise the file is left
    /// exactly as it was.
    private func rewrite(
        note id: String, in path: String, change: (inout [String], (Int, Int, Int)) -> Void, expect: (inout [Note], Int) -> Void
    ) throws(AnnotationError) {
        try AnnotationWriter.locked(path) { () throws(AnnotationError) in
            let bytes: [UInt8]
            do throws(InputFile.Problem) { bytes = try InputFile.read(path, limit: AnnotationReader.largestFile) } catch {
                throw AnnotationError(error, path: path, limit: AnnotationReader.largestFile)
            }
            let bom = bytes.starts(with: AnnotationWriter.byteOrderMark)
            guard let original = String(validating: bom ? bytes.dropFirst(3) : bytes[...], as: UTF8.self) else {
                throw .io(SourceLocation(path: path), "cannot read the file as UTF-8 text")
            }
            let before = try AnnotationReader().parse(original, path: path)
            guard let index = before.notes.firstIndex(where: { $0.id == id }) else {
                throw .refused(SourceLocation(path: path), "no note with id '\(id)' in the file")
            }
            let note = before.notes[index]
            let crlf = original.contains("\r\n")
            var lines = (crlf ? original.replacingOccurrences(of: "\r\n", with: "\n") : original)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            change(&lines, try Self.block(of: note, in: lines, path: path))
            var updated = lines.joined(separator: "\n")
            if crlf { updated = updated.replacingOccurrences(of: "\n", with: "\r\n") }

            // Read back: the notes as expected, every other one as it was.
            var expected = before.notes
            expect(&expected, index)
            let after = expected.isEmpty ? nil : try? AnnotationReader().parse(updated, path: path)
            guard let after, after.edition == before.edition, after.notes.count == expected.count,
                zip(after.notes, expected).allSatisfy({ $0.sameContent(as: $1) })
            else {
                let why =
                    expected.isEmpty
                    ? "is the file's only note (delete the file instead)" : "is not written in a layout that can be edited in place"
                throw .refused(SourceLocation(path: path, line: note.location.line), "note '\(id)' \(why); the file is unchanged")
            }
            let written = (bom ? AnnotationWriter.byteOrderMark : []) + Array(updated.utf8)
            try AnnotationWriter.refuseGrowth(to: written.count, of: path)
            do throws(AtomicFile.Failure) { try AtomicFile.write(written, to: path, temporaryFolder: temporaryFolder) } catch {
                throw .io(SourceLocation(path: path), "cannot write: \(error.reason); the file is unchanged")
            }
        }
    }

    /// The note's lines: from its `- id:` line to the next item or the end of the list, and the indent of
    /// its fields.
    private static func block(of note: Note, in lines: [String], path: String) throws(AnnotationError) -> (Int, Int, Int) {
        // The reader's location is the note's first key; look around it for the item's "- " marker.
        let guess = max(0, (note.location.line ?? 1) - 1)
        guard
            let start = (max(0, guess - 2)...min(lines.count - 1, guess + 2)).first(where: { index in
                let trimmed = lines[index].drop { $0 == " " }
                return trimmed.hasPrefix("- ") && trimmed.contains(note.id)
            }) ?? (guess < lines.count && lines[guess].drop(while: { $0 == " " }).hasPrefix("- ") ? guess : nil)
        else {
            throw .refused(
                SourceLocation(path: path, line: note.location.line), "note '\(note.id)' is not a block list item; edit it by hand")
        }
        let itemIndent = lines[start].prefix { $0 == " " }.count
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let indent = line.prefix { $0 == " " }.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty && indent <= itemIndent { break }
            end += 1
        }
        // The fields stand where the first key after the marker does ("- id", "-   id").
        return (start, end, itemIndent + 1 + lines[start].dropFirst(itemIndent + 1).prefix { $0 == " " }.count)
    }

    /// Replaces field `name` of the item (its line and any more-indented lines under it) by `replacement`,
    /// or adds it after the item's first line; returns the item's new end.
    private static func replace(_ name: String, with replacement: String, in lines: inout [String], _ start: Int, _ end: Int, _ indent: Int)
        -> Int
    {
        let pad = String(repeating: " ", count: indent)
        // The first line carries the marker: "-   id: x" holds the field "id" at the fields' column.
        let marker = String(lines[start].prefix(indent))
        func hasMarker(_ line: String) -> Bool { marker.contains("-") && line.hasPrefix(marker) }
        func isField(_ line: String) -> Bool {
            let body = hasMarker(line) ? pad + line.dropFirst(indent) : line
            return body.hasPrefix(pad + name + ":") && !body.dropFirst(indent).hasPrefix(" ")
        }
        guard let field = (start..<end).first(where: { isField(lines[$0]) }) else {
            lines.insert(pad + replacement, at: start + 1)
            return end + 1
        }
        var last = field + 1
        while last < end {
            let line = lines[last]
            let lineIndent = line.prefix { $0 == " " }.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty && lineIndent <= indent { break }
            last += 1
        }
        // Blank lines that end the item stay where they are.
        while last > field + 1 && lines[last - 1].trimmingCharacters(in: .whitespaces).isEmpty { last -= 1 }
        let firstLine = lines[field]
        let prefix = hasMarker(firstLine) ? marker : pad
        lines.replaceSubrange(field..<last, with: [prefix + replacement])
        return end - (last - field) + 1
    }
}
