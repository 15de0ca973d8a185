import Foundation
import TIPModel
import TIPSupport
import Yams

/// Appends a note to an annotation file, keeping every byte already there, and writes it atomically.
public struct AnnotationWriter: Sendable {
    /// Where the temporary file goes (the file's own folder when `nil`); tests point it elsewhere to make
    /// a write fail.
    public var temporaryFolder: String?

    public init(temporaryFolder: String? = nil) { self.temporaryFolder = temporaryFolder }

    /// A note to append.
    public struct Draft: Sendable {
        public var id: String?
        public var author: String?
        public var date: String?
        public var tags: [String]
        public var status: Note.Status
        public var text: String
        public var anchor: Anchor

        public init(
            id: String? = nil, author: String? = nil, date: String? = nil, tags: [String] = [], status: Note.Status = .open, text: String,
            anchor: Anchor
        ) {
            self.id = id
            self.author = author
            self.date = date
            self.tags = tags
            self.status = status
            self.text = text
            self.anchor = anchor
        }

        /// The note this draft becomes, with its id.
        func note(id: String, path: String) -> Note {
            Note(
                id: id, author: author, date: date, status: status, tags: tags, text: text, anchor: anchor,
                location: SourceLocation(path: path))
        }
    }

    /// Appends `draft` to the file at `path` (creating it with `edition:` when it does not exist) and
    /// returns the id the note got. The file is left exactly as it was when anything fails.
    @discardableResult
    public func append(_ draft: Draft, to path: String, edition: String?) throws(AnnotationError) -> String {
        try Self.locked(path) { () throws(AnnotationError) in try appendLocked(draft, to: path, edition: edition) }
    }

    /// Runs `body` holding two exclusive locks: on the folder of `path` (a file not made yet is known only by
    /// its name) and on the file itself (`flock` on its inode, whatever name it is reached by), so that one
    /// writer at a time reads the file again, changes it and replaces it (parallel runs and server requests
    /// each keep their change).
    static func locked<T>(_ path: String, _ body: () throws(AnnotationError) -> T) throws(AnnotationError) -> T {
        let folder = URL(
            fileURLWithPath: Foundation.realpath(path, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? path
        ).deletingLastPathComponent().path
        let lock = open(folder, O_RDONLY | O_CLOEXEC)
        guard lock >= 0 else { throw .io(SourceLocation(path: path), "cannot open its folder \(folder) to lock it") }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw .io(SourceLocation(path: path), "cannot lock its folder \(folder)") }
        defer { flock(lock, LOCK_UN) }
        return try lockedFile(path, body)
    }

    /// Holds `flock` on the file `path` names while `body` runs. A writer that waited may find a newer file
    /// renamed over the name meanwhile: it then locks that one instead.
    private static func lockedFile<T>(_ path: String, _ body: () throws(AnnotationError) -> T) throws(AnnotationError) -> T {
        while true {
            let file = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard file >= 0 else {
                if errno == ENOENT { return try body() }
                throw .io(SourceLocation(path: path), "cannot open it to lock it: \(String(cString: strerror(errno)))")
            }
            defer { close(file) }
            var locked = stat()
            guard fstat(file, &locked) == 0, (locked.st_mode & S_IFMT) == S_IFREG else { return try body() }
            guard flock(file, LOCK_EX) == 0 else { throw .io(SourceLocation(path: path), "cannot lock it") }
            var current = stat()
            if stat(path, &current) == 0 && current.st_dev == locked.st_dev && current.st_ino == locked.st_ino {
                return try body()
            }
        }
    }

    private func appendLocked(_ draft: Draft, to path: String, edition: String?) throws(AnnotationError) -> String {
        var original: [UInt8]?
        if FileManager.default.fileExists(atPath: path) {
            do { original = try InputFile.read(path, limit: AnnotationReader.largestFile) } catch {
                throw AnnotationError(error, path: path, limit: AnnotationReader.largestFile)
            }
        }
        let (bytes, id) = try Self.appending(draft, to: original, path: path, edition: edition)
        do {
            try AtomicFile.write(bytes, to: path, temporaryFolder: temporaryFolder)
        } catch {
            throw .io(SourceLocation(path: path), "cannot write: \(error.reason); the file is unchanged")
        }
        return id
    }

    /// The file `path` holds (`original`, `nil` when it does not exist yet) with `draft` appended, and the
    /// id the note got: every byte already there kept (a byte-order mark, CRLF line ends, comments), the
    /// result read back to hold the notes it held and this one exactly as given, and no larger than readers
    /// accept.
    public static func appending(
        _ draft: Draft, to original: [UInt8]?, path: String, edition: String?
    ) throws(AnnotationError) -> (bytes: [UInt8], id: String) {
        let bytes = original ?? []
        let bom = bytes.starts(with: Self.byteOrderMark)
        var crlf = false
        var existing = AnnotationFile(path: path, sha256: "", edition: edition, notes: [])
        guard let original = String(validating: bom ? bytes.dropFirst(3) : bytes[...], as: UTF8.self) else {
            throw .io(SourceLocation(path: path), "cannot read the file as UTF-8 text")
        }
        if !original.isEmpty {
            let text = original
            crlf = text.unicodeScalars.contains("\r")
            if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                existing = try AnnotationReader().parse(text, path: path)
            }
        }
        // The reader's rule for dates, said of the draft before it is written (the read-back would only say "unsafe").
        if let date = draft.date, !Validation.isDate(date) {
            throw .refused(SourceLocation(path: path), "bad date '\(date)': expected YYYY-MM-DD, a real calendar day")
        }
        let ids = Set(existing.notes.map(\.id))
        let id = draft.id ?? Self.uniqueID(for: draft, taken: ids)
        if ids.contains(id) { throw .refused(SourceLocation(path: path), "a note with id '\(id)' is already in the file") }

        // A file with CRLF line ends is extended with CRLF: the work is done on LF text and converted back.
        var text = crlf ? original.replacingOccurrences(of: "\r\n", with: "\n") : original
        let indent: String
        let fields: String
        switch try Self.notesPosition(in: text, path: path) {
        case .missing:
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let edition { text += "edition: \(Self.quoted(edition))\n" }
            text += "notes:\n"
            indent = "  "
            fields = indent + "  "
        case .blockList(let itemIndent, let fieldIndent):
            if !text.hasSuffix("\n") { text += "\n" }
            indent = itemIndent
            fields = fieldIndent
        }
        text += Self.yaml(draft, id: id, indent: indent, fields: fields)

        // Never write what we could not read back: the notes already there as they were, and this one as given.
        let unsafe = AnnotationError.refused(SourceLocation(path: path), "the note could not be appended safely; the file is unchanged")
        guard let check = try? AnnotationReader().parse(text, path: path), check.notes.count == existing.notes.count + 1,
            zip(check.notes, existing.notes).allSatisfy({ $0.sameContent(as: $1) }), let added = check.notes.last,
            added.sameContent(as: draft.note(id: id, path: path))
        else { throw unsafe }
        if crlf {
            text = text.replacingOccurrences(of: "\n", with: "\r\n")
            guard text.utf8.starts(with: original.utf8) else {
                throw .refused(SourceLocation(path: path), "the file mixes line ends; the note was not added and the file is unchanged")
            }
        }
        let result = (bom ? Self.byteOrderMark : []) + Array(text.utf8)
        try Self.refuseGrowth(to: result.count, of: path)
        return (result, id)
    }

    /// The UTF-8 byte-order mark, kept where a file has one.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Refuses, before writing, to make a notes file larger than readers accept.
    static func refuseGrowth(to bytes: Int, of path: String) throws(AnnotationError) {
        let limit = AnnotationReader.largestFile
        guard bytes > limit else { return }
        throw .refused(
            SourceLocation(path: path),
            "writing this would make the file \(bytes) bytes, past the \(limit) that readers accept; start another notes file for this edition (or move resolved notes out); the file is unchanged"
        )
    }

    private enum NotesPosition { case missing, blockList(indent: String, fields: String) }

    /// Appending at the end is safe only when `notes:` is the last key and holds a block list.
    private static func notesPosition(in text: String, path: String) throws(AnnotationError) -> NotesPosition {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .missing }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw .refused(SourceLocation(path: path), "the file is not valid YAML")
        }
        guard case .mapping(let mapping)? = root else { return .missing }
        guard let last = Array(mapping.keys).last?.string else { return .missing }
        guard mapping["notes"] != nil else { return .missing }
        guard last == "notes", case .sequence(let sequence)? = mapping["notes"], sequence.style != .flow || !sequence.isEmpty else {
            throw .refused(
                SourceLocation(path: path),
                "`notes:` must be the last key, written as a block list (\"- id: ...\"), so that a note can be appended without rewriting the file"
            )
        }
        if sequence.style == .flow {
            throw .refused(SourceLocation(path: path), "`notes:` is written as a flow list ([...]); write it as a block list to append")
        }
        if let mark = sequence.first?.mark {
            // The mark of an item mapping is its first key; the "-" marker stands before it on its line, after
            // spaces only, and as many spaces as follow it ("-   id:") indent the new note's fields.
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(mark.line - 1).first.map(Array.init) ?? []
            let key = mark.column - 1
            if key <= line.count, let dash = line[..<key].lastIndex(of: "-"), line[..<dash].allSatisfy({ $0 == " " }),
                line[(dash + 1)..<key].allSatisfy({ $0 == " " }), key > dash + 1
            {
                return .blockList(indent: String(repeating: " ", count: dash), fields: String(repeating: " ", count: key))
            }
            throw .refused(
                SourceLocation(path: path, line: mark.line, column: mark.column),
                "the first note is not written as a block list item (\"- id: ...\"), so a note cannot be appended after it")
        }
        return .blockList(indent: "  ", fields: "    ")
    }

    static func yaml(_ draft: Draft, id: String, indent: String, fields: String? = nil) -> String {
        let field = fields ?? indent + "  "
        var lines = [indent + "-" + String(repeating: " ", count: max(1, field.count - indent.count - 1)) + "id: \(quoted(id))"]
        if let author = draft.author { lines.append("\(field)author: \(quoted(author))") }
        if let date = draft.date { lines.append("\(field)date: \(quoted(date))") }
        lines.append("\(field)status: \(draft.status.rawValue)")
        if !draft.tags.isEmpty { lines.append("\(field)tags: [\(draft.tags.map(quoted).joined(separator: ", "))]") }
        lines.append("\(field)note: \(quoted(draft.text))")
        lines.append("\(field)anchor:")
        let inner = field + "  "
        switch draft.anchor {
        case .quote(let selector):
            lines.append("\(inner)quote: \(quoted(selector.quote))")
            if let prefix = selector.prefix { lines.append("\(inner)prefix: \(quoted(prefix))") }
            if let suffix = selector.suffix { lines.append("\(inner)suffix: \(quoted(suffix))") }
            if let section = selector.section { lines.append("\(inner)section: \(section.rawValue)") }
        case .statistic(let key): lines.append("\(inner)statistic: \(quoted(key))")
        case .section(let kind): lines.append("\(inner)section: \(kind.rawValue)")
        case .tier: lines.append("\(inner)tier: true")
        case .change(let id): lines.append("\(inner)change: \(quoted(id))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar (JSON's escapes are YAML's).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            // YAML reads these as line breaks (folded to a space in a quoted scalar): written as its escapes.
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            // Characters YAML does not allow raw in a document.
            case "\u{80}"..."\u{9F}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                if scalar.isControl {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An id from the anchor ("confiscates-between-75"), made unique with "-2", "-3", ...
    static func uniqueID(for draft: Draft, taken: Set<String>) -> String {
        let seed: String
        switch draft.anchor {
        case .quote(let selector): seed = selector.quote
        case .statistic(let key): seed = key
        case .section(let kind): seed = kind.rawValue + " note"
        case .tier: seed = "tier note"
        case .change(let id): seed = id
        }
        let words = seed.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(4)
        let base = words.isEmpty ? "note" : words.joined(separator: "-")
        var candidate = base
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }
}
