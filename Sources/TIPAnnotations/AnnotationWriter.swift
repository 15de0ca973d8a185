/// Appends a note to an annotation file, keeping every byte already there, and writes it atomically.
import Foundation
import TIPModel
import Yams

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
    }

    /// Appends `draft` to the file at `path` (creating it with `edition:` when it does not exist) and
    /// returns the id the note got. The file is left exactly as it was when anything fails.
    @discardableResult
    public func append(_ draft: Draft, to path: String, edition: String?) throws(AnnotationError) -> String {
        try Self.locked(path) { () throws(AnnotationError) in try appendLocked(draft, to: path, edition: edition) }
    }

    /// Runs `body` holding an exclusive lock on the folder of `path`, so that one writer at a time reads the
    /// file again, changes it and replaces it (parallel runs and server requests each keep their change).
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
        return try body()
    }

    private func appendLocked(_ draft: Draft, to path: String, edition: String?) throws(AnnotationError) -> String {
        let exists = FileManager.default.fileExists(atPath: path)
        var crlf = false
        var original = ""
        var existing = AnnotationFile(path: path, sha256: "", edition: edition, notes: [])
        if exists {
            let bytes: [UInt8]
            do { bytes = try InputFile.read(path, limit: AnnotationReader().maximumBytes) } catch {
                throw .io(SourceLocation(path: path), error.message)
            }
            guard let text = String(bytes: bytes, encoding: .utf8) else {
                throw .io(SourceLocation(path: path), "cannot read the file as UTF-8 text")
            }
            original = text
            crlf = text.unicodeScalars.contains("\r")
            if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                existing = try AnnotationReader().parse(text, path: path)
            }
        }
        let ids = Set(existing.notes.map(\.id))
        let id = draft.id ?? Self.uniqueID(for: draft, taken: ids)
        if ids.contains(id) { throw .refused(SourceLocation(path: path), "a note with id '\(id)' is already in the file") }

        // A file with CRLF line ends is extended with CRLF: the work is done on LF text and converted back.
        var text = crlf ? original.replacingOccurrences(of: "\r\n", with: "\n") : original
        let indent: String
        switch try Self.notesPosition(in: text, path: path) {
        case .missing:
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let edition { text += "edition: \(Self.quoted(edition))\n" }
            text += "notes:\n"
            indent = "  "
        case .blockList(let itemIndent):
            if !text.hasSuffix("\n") { text += "\n" }
            indent = itemIndent
        }
        text += Self.yaml(draft, id: id, indent: indent)

        // Never write what we could not read back.
        let check = try AnnotationReader().parse(text, path: path)
        guard check.notes.count == existing.notes.count + 1, check.notes.last?.id == id else {
            throw .refused(SourceLocation(path: path), "the note could not be appended safely; the file is unchanged")
        }
        if crlf {
            text = text.replacingOccurrences(of: "\n", with: "\r\n")
            guard text.utf8.starts(with: original.utf8) else {
                throw .refused(SourceLocation(path: path), "the file mixes line ends; the note was not added and the file is unchanged")
            }
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: path, temporaryFolder: temporaryFolder)
        } catch {
            throw .io(SourceLocation(path: path), "cannot write: \(error.reason); the file is unchanged")
        }
        return id
    }

    private enum NotesPosition { case missing, blockList(indent: String) }

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
        if let column = sequence.first?.mark?.column {
            // The mark of an item mapping is its first key; the "- " marker stands two columns before.
            return .blockList(indent: String(repeating: " ", count: max(0, column - 3)))
        }
        return .blockList(indent: "  ")
    }

    static func yaml(_ draft: Draft, id: String, indent: String) -> String {
        var lines = ["\(indent)- id: \(quoted(id))"]
        let field = indent + "  "
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
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
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
