import Foundation
import TIPModel
import TIPSupport
import Yams

/// Reads and validates annotation files, reporting every problem with its line and column.
public struct AnnotationReader: Sendable {
    /// The largest notes file read, and so the largest the writers make (a reviewer's notes are kilobytes).
    public static let largestFile = 1 << 20
    /// Larger files are refused.
    public var maximumBytes = largestFile
    /// Deeper nesting is refused before parsing.
    public var maximumDepth = 32
    /// More nodes (counting every alias expansion) are refused: no "billion laughs".
    public var maximumNodes = 50_000

    public init() {}

    static let rootKeys = ["edition", "notes"]
    static let noteKeys = ["id", "author", "date", "status", "tags", "note", "anchor"]
    static let anchorKeys = ["quote", "prefix", "suffix", "section", "statistic", "change", "tier"]

    /// Reads the file at `path`.
    public func read(_ path: String) throws(AnnotationError) -> AnnotationFile {
        let data: Data
        do { data = Data(try InputFile.read(path, limit: maximumBytes)) } catch {
            throw AnnotationError(error, path: path, limit: maximumBytes)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalid([AnnotationProblem(location: SourceLocation(path: path), message: "not valid UTF-8")])
        }
        var file = try parse(text, path: path)
        file.sha256 = ContentHash.hex(of: [UInt8](data))
        return file
    }

    /// Parses annotation YAML read from `path`.
    public func parse(_ text: String, path: String) throws(AnnotationError) -> AnnotationFile {
        if let (line, depth) = Self.deepestLine(text), depth > maximumDepth {
            throw .invalid([problem(path, text, line, 1, "nested too deeply (\(depth) levels, at most \(maximumDepth))")])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw .invalid([yamlProblem(error, path: path, text: text)])
        } catch {
            throw .invalid([AnnotationProblem(location: SourceLocation(path: path), message: "\(error)")])
        }
        guard let root else {
            throw .invalid([
                AnnotationProblem(
                    location: SourceLocation(path: path, line: 1, column: 1), message: "empty file: expected `notes:` with a list of notes")
            ])
        }
        // A document cannot hold more nodes than about one per byte; past that (and past the floor), the
        // nodes come from aliases expanding aliases: "billion laughs".
        var budget = Swift.max(maximumNodes, 2 * text.utf8.count)
        guard Self.fits(root, budget: &budget) else {
            throw .invalid([
                problem(path, text, 1, 1, "the document expands to more than \(maximumNodes) nodes (aliases repeating aliases?): refused")
            ])
        }
        if Self.depth(of: root, limit: maximumDepth + 1) > maximumDepth {
            throw .invalid([problem(path, text, 1, 1, "nested too deeply (more than \(maximumDepth) levels)")])
        }
        var validation = Validation(path: path, text: text)
        let file = validation.file(root)
        guard validation.problems.isEmpty, let file else { throw .invalid(validation.problems) }
        return file
    }

    private func problem(_ path: String, _ text: String, _ line: Int, _ column: Int, _ message: String) -> AnnotationProblem {
        AnnotationProblem(
            location: SourceLocation(path: path, line: line, column: column), message: message,
            snippet: Snippet.of(text, line: line, column: column))
    }

    private func yamlProblem(_ error: YamlError, path: String, text: String) -> AnnotationProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return self.problem(path, text, mark.line, mark.column, "YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return self.problem(path, text, context.mark.line, context.mark.column, "duplicate key: \(duplicates.joined(separator: ", "))")
        default:
            return AnnotationProblem(location: SourceLocation(path: path), message: "YAML: \(error)")
        }
    }

    /// The nesting depth of the parsed tree, counted no further than `limit`.
    static func depth(of node: Node, limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        switch node {
        case .scalar, .alias: return 1
        case .sequence(let sequence): return 1 + (sequence.map { depth(of: $0, limit: limit - 1) }.max() ?? 0)
        case .mapping(let mapping): return 1 + (mapping.map { depth(of: $0.value, limit: limit - 1) }.max() ?? 0)
        }
    }

    /// Counts nodes, following aliases as copies, and stops as soon as the budget is spent.
    static func fits(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        if budget < 0 { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence): return sequence.allSatisfy { fits($0, budget: &budget) }
        case .mapping(let mapping): return mapping.allSatisfy { fits($0.key, budget: &budget) && fits($0.value, budget: &budget) }
        }
    }

    /// The line with the deepest nesting, estimated before parsing: indentation, "- " markers and open brackets.
    static func deepestLine(_ text: String) -> (line: Int, depth: Int)? {
        var deepest: (Int, Int)?
        var brackets = 0
        // Each deeper indentation is one level, however many spaces it takes (one-space indentation counts).
        var indents: [Int] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i < scalars.count && (scalars[i] == " " || scalars[i] == "\t") { i += 1 }
            if i == scalars.count || scalars[i] == "#" || scalars[i] == "\r" { continue }
            if brackets == 0 {
                while let last = indents.last, last >= i { indents.removeLast() }
                indents.append(i)
            }
            var depth = indents.count
            while i + 1 < scalars.count && scalars[i] == "-" && scalars[i + 1] == " " {
                depth += 1
                i += 2
                while i < scalars.count && scalars[i] == " " { i += 1 }
            }
            var quote: Unicode.Scalar?
            for scalar in scalars[i...] {
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == "#" {
                    break
                } else if scalar == "[" || scalar == "{" {
                    brackets += 1
                } else if scalar == "]" || scalar == "}" {
                    brackets = max(0, brackets - 1)
                }
            }
            if deepest == nil || depth + brackets > deepest!.1 { deepest = (number + 1, depth + brackets) }
        }
        return deepest
    }
}

/// Walks the composed YAML, collecting every problem rather than stopping at the first.
struct Validation {
    let path: String
    let text: String
    var problems: [AnnotationProblem] = []

    private mutating func report(_ node: Node?, _ message: String) {
        let mark = node?.mark
        let line = mark?.line ?? 1
        let column = mark?.column ?? 1
        problems.append(
            AnnotationProblem(
                location: SourceLocation(path: path, line: line, column: column), message: message,
                snippet: Snippet.of(text, line: line, column: column)))
    }

    mutating func file(_ root: Node) -> AnnotationFile? {
        guard case .mapping(let mapping) = root else {
            report(root, "expected a mapping with `notes:` (and optionally `edition:`) at the top")
            return nil
        }
        checkKeys(mapping, allowed: AnnotationReader.rootKeys, in: "the file")
        var edition: String?
        if let node = mapping["edition"] { edition = string(node, field: "edition") }
        guard let notesNode = mapping["notes"] else {
            report(root, "missing key 'notes': the list of notes")
            return nil
        }
        guard case .sequence(let sequence) = notesNode else {
            report(notesNode, "'notes' must be a list of notes")
            return nil
        }
        var notes: [Note] = []
        var seen: [String: Node] = [:]
        for item in sequence {
            guard let note = note(item) else { continue }
            if let first = seen[note.id] {
                report(item["id"], "duplicate id '\(note.id)' (first used at line \(first.mark?.line ?? 0))")
            } else {
                seen[note.id] = item["id"]
            }
            notes.append(note)
        }
        return AnnotationFile(path: path, sha256: ContentHash.hex(of: Array(text.utf8)), edition: edition, notes: notes)
    }

    private mutating func note(_ node: Node) -> Note? {
        guard case .mapping(let mapping) = node else {
            report(node, "a note must be a mapping with id, note and anchor")
            return nil
        }
        checkKeys(mapping, allowed: AnnotationReader.noteKeys, in: "a note")
        let before = problems.count
        let id = required(mapping, "id", in: node).flatMap { idNode -> String? in
            guard let id = string(idNode, field: "id") else { return nil }
            guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                report(idNode, "id '\(id)' may hold only letters, digits, '-', '_' and '.'")
                return nil
            }
            return id
        }
        let text = required(mapping, "note", in: node).flatMap { string($0, field: "note") }
        let author = mapping["author"].flatMap { string($0, field: "author") }
        var date: String?
        if let dateNode = mapping["date"], let value = string(dateNode, field: "date") {
            if Self.isDate(value) {
                date = value
            } else {
                report(dateNode, "bad date '\(value)': expected YYYY-MM-DD, a real calendar day")
            }
        }
        var status = Note.Status.open
        if let statusNode = mapping["status"], let value = string(statusNode, field: "status") {
            if let known = Note.Status(rawValue: value) {
                status = known
            } else {
                report(statusNode, "unknown status '\(value)': expected open or resolved")
            }
        }
        var tags: [String] = []
        if let tagsNode = mapping["tags"] {
            if case .sequence(let list) = tagsNode {
                tags = list.compactMap { string($0, field: "tags") }
            } else {
                report(tagsNode, "'tags' must be a list of words, e.g. [wages, labor-export]")
            }
        }
        let anchor = required(mapping, "anchor", in: node).flatMap { self.anchor($0) }
        guard problems.count == before, let id, let text, let anchor else { return nil }
        let mark = node.mark
        return Note(
            id: id, author: author, date: date, status: status, tags: tags, text: text, anchor: anchor,
            location: SourceLocation(path: path, line: mark?.line, column: mark?.column))
    }

    private mutating func anchor(_ node: Node) -> Anchor? {
        guard case .mapping(let mapping) = node else {
            report(node, "'anchor' must be a mapping: one of quote, statistic, section, change or tier")
            return nil
        }
        checkKeys(mapping, allowed: AnnotationReader.anchorKeys, in: "an anchor")
        let kinds = ["quote", "statistic", "change", "tier"].filter { mapping[$0] != nil }
        if kinds.count > 1 {
            report(node, "more than one anchor: \(kinds.joined(separator: " and ")); a note has exactly one")
            return nil
        }
        var section: SectionKind?
        if let sectionNode = mapping["section"], let value = string(sectionNode, field: "section") {
            section = SectionKind(rawValue: value)
            if section == nil {
                report(
                    sectionNode,
                    "unknown section kind '\(value)': expected one of \(SectionKind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
        }
        for field in ["prefix", "suffix"] where mapping[field] != nil && kinds != ["quote"] {
            report(mapping[field], "'\(field)' goes with a quote anchor only")
            return nil
        }
        if section != nil && !kinds.isEmpty && kinds != ["quote"] {
            report(node, "more than one anchor: section and \(kinds[0]); a quote may be narrowed to a section, nothing else")
            return nil
        }
        switch kinds.first {
        case "quote":
            guard let quote = string(mapping["quote"]!, field: "quote") else { return nil }
            guard !quote.trimmingCharacters(in: .whitespaces).isEmpty else {
                report(mapping["quote"], "empty quote")
                return nil
            }
            let prefix = mapping["prefix"].flatMap { string($0, field: "prefix") }
            let suffix = mapping["suffix"].flatMap { string($0, field: "suffix") }
            return .quote(QuoteSelector(quote: quote, prefix: prefix, suffix: suffix, section: section))
        case "statistic":
            return string(mapping["statistic"]!, field: "statistic").map { .statistic(key: $0) }
        case "change":
            return string(mapping["change"]!, field: "change").map { .change(id: $0) }
        case "tier":
            let tierNode = mapping["tier"]!
            guard tierNode.bool == true else {
                report(tierNode, "'tier' takes the value true")
                return nil
            }
            return .tier
        default:
            if let section { return .section(section) }
            report(node, "missing anchor: give one of quote, statistic, section, change or tier")
            return nil
        }
    }

    private mutating func required(_ mapping: Node.Mapping, _ key: String, in node: Node) -> Node? {
        guard let value = mapping[key] else {
            report(node, "missing key '\(key)'")
            return nil
        }
        return value
    }

    private mutating func string(_ node: Node, field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(node, "'\(field)' must be text, not a \(node.isMapping ? "mapping" : "list")")
            return nil
        }
        return scalar.string
    }

    private mutating func checkKeys(_ mapping: Node.Mapping, allowed: [String], in place: String) {
        for key in mapping.keys {
            guard let name = key.string else {
                report(key, "keys must be words")
                continue
            }
            if !allowed.contains(name) {
                let suggestion = Self.closest(to: name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                report(key, "unknown key '\(name)' in \(place)\(suggestion)")
            }
        }
    }

    /// The allowed key within two edits of a misspelt one.
    static func closest(to word: String, in candidates: [String]) -> String? {
        candidates.map { ($0, EditDistance.between(word, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    /// "2026-11-20" and a day that exists.
    static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only ("+999-01-01" is no date), and no year 0000 (there is none between 1 BC and AD 1), as
        // the report schema's xs:date also requires.
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.value >= 48 && $0.value <= 57 } }),
            let year = Int(parts[0]), year >= 1, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}

extension Node {
    var isMapping: Bool { if case .mapping = self { true } else { false } }
}
