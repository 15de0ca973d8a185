import Crypto
import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPReport

/// One review: the comparison the report shows, the notes files its countries' notes go to, and the page,
/// rendered again whenever a notes file changed (a save here, an editor, `git pull`). Requests are served
/// one at a time; the writers' folder lock keeps other processes' writes whole too.
public actor ReviewSession {
    /// What the page needs to know of a note to show, edit or resolve it.
    public struct NoteState: Codable, Sendable, Equatable {
        public var country: String
        public var id: String
        public var status: String
        public var text: String
        public var author: String?
        public var tags: [String]
        public var state: String
    }

    /// A note to add: its anchor as the page describes it, and its fields.
    public struct NewNote: Codable, Sendable {
        /// quote, statistic, section, tier or change
        public var anchor: String
        public var country: String
        public var section: String?
        /// For a quote: "sentence" or "recommendation", its index in the new edition, and the selection.
        public var item: String?
        public var index: Int?
        public var start: Int?
        public var end: Int?
        public var selected: String?
        public var key: String?
        public var change: String?
        public var note: String
        public var tags: [String]?
        public var status: String?
        public var author: String?
    }

    /// A change to a note: any of its status, text, author and tags (a field left out is kept).
    public struct NoteUpdate: Codable, Sendable {
        public var country: String
        public var id: String
        public var status: String?
        public var note: String?
        public var author: String?
        public var tags: [String]?
    }

    /// A note to take out of its file.
    public struct NoteDeletion: Codable, Sendable {
        public var country: String
        public var id: String
    }

    /// A request the session cannot carry out, with the HTTP status it deserves.
    public struct Refusal: Error, Sendable {
        public var status: Int
        public var reason: String
    }

    public nonisolated let token: String
    private let comparison: Comparison
    private let tool: String
    private let countryKey: @Sendable (String) -> String
    /// Country slug → the notes file its notes are added to.
    private let targets: [String: String]
    /// Every notes file the page shows.
    private let files: [String]
    /// The notes, the report placing them and its page, as of one version of the notes files.
    private var rendered: (version: String, notes: AnnotationSet, report: Report, html: [UInt8])?

    /// A session over `comparison`; notes are read from `files` and added to `targets[slug]` (created on
    /// the first note, naming the country's newer edition).
    public init(
        comparison: Comparison, tool: String, files: [String], targets: [String: String], token: String,
        countryKey: @escaping @Sendable (String) -> String
    ) {
        self.comparison = comparison
        self.tool = tool
        self.files = Array(Set(files + targets.values)).sorted()
        self.targets = targets
        self.token = token
        self.countryKey = countryKey
    }

    /// A fresh random token (256 bits, hex).
    public static func newToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }

    /// The notes files' contents as one hash: it changes whenever any of them changes on disk.
    public func version() -> String {
        var hasher = SHA256()
        for path in files {
            hasher.update(data: Data(path.utf8))
            hasher.update(data: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data("absent".utf8))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined().prefix(16).description
    }

    /// The report's HTML view with the notes as they are now.
    public func page() throws -> (version: String, html: [UInt8]) {
        let now = try current()
        return (now.version, now.html)
    }

    /// The notes read, placed and rendered again only when a notes file changed since the last request.
    private func current() throws -> (version: String, notes: AnnotationSet, report: Report, html: [UInt8]) {
        let now = version()
        if let rendered, rendered.version == now { return rendered }
        let notes = try AnnotationSet(paths: files.filter { FileManager.default.fileExists(atPath: $0) }, explicit: false)
        let report = ReportBuilder(tool: tool).report(comparison, notes: notes, countryKey: countryKey)
        rendered = (now, notes, report, try RenderedReport(report).html)
        return rendered!
    }

    /// The notes files that go with a country, by the rule the report places them with.
    private func files(of country: CountryComparison, in notes: AnnotationSet) -> [AnnotationFile] {
        notes.files(for: country.new.edition, countries: comparison.countries.count, countryKey: countryKey)
    }

    /// Every note of the countries' files, with where it landed in the page.
    public func notes() throws -> [NoteState] {
        let now = try current()
        var states: [String: String] = [:]
        for placed in now.report.placedNotes { states[placed.note.id + "\u{0}" + placed.file] = placed.resolution.state.rawValue }
        for orphan in now.report.orphaned { states[orphan.note.id + "\u{0}" + orphan.file] = "orphaned" }
        var out: [NoteState] = []
        for country in comparison.countries {
            let slug = CountryKey.fileName(country.country)
            for file in files(of: country, in: now.notes) {
                for note in file.notes {
                    out.append(
                        NoteState(
                            country: slug, id: note.id, status: note.status.rawValue, text: note.text, author: note.author, tags: note.tags,
                            state: states[note.id + "\u{0}" + file.path] ?? "orphaned"))
                }
            }
        }
        return out
    }

    /// Adds a note where the page says, with the anchor computed here from the edition; returns its id.
    public func add(_ request: NewNote, today: String) throws -> String {
        guard let country = comparison.countries.first(where: { CountryKey.fileName($0.country) == request.country }),
            let file = targets[request.country]
        else { throw Refusal(status: 404, reason: "no country '\(request.country)' in this review") }
        let text = request.note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw Refusal(status: 400, reason: "the note is empty") }
        let section = request.section.flatMap(SectionKind.init(rawValue:))
        let anchor: Anchor
        switch request.anchor {
        case "quote":
            guard let section, let item = request.item, let index = request.index else {
                throw Refusal(status: 400, reason: "a quote needs its section, item and index")
            }
            do {
                anchor = .quote(
                    try QuotePicker.selector(
                        in: country.new, section: section, item: item, index: index, start: request.start ?? -1, end: request.end ?? -1,
                        selected: request.selected ?? ""))
            } catch { throw Refusal(status: 422, reason: error.reason) }
        case "statistic":
            guard let key = request.key else { throw Refusal(status: 400, reason: "a statistic note needs its key") }
            anchor = .statistic(key: key)
        case "section":
            guard let section else { throw Refusal(status: 400, reason: "a section note needs its section") }
            anchor = .section(section)
        case "tier": anchor = .tier
        case "change":
            guard let change = request.change else { throw Refusal(status: 400, reason: "a change note needs its change id") }
            anchor = .change(id: change)
        default: throw Refusal(status: 400, reason: "unknown anchor '\(request.anchor)'")
        }
        let status = request.status.flatMap(Note.Status.init(rawValue:)) ?? .open
        let author = request.author?.trimmingCharacters(in: .whitespacesAndNewlines)
        let draft = AnnotationWriter.Draft(
            author: author?.isEmpty == false ? author : nil, date: today,
            tags: (request.tags ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }, status: status, text: text,
            anchor: anchor)
        // The anchor must land exactly in the newer edition, as `annotate add` requires.
        do {
            return try NoteAddition(target: country.new, comparison: country).add(draft, to: file, edition: country.new.edition.source.path)
                .id
        } catch {
            switch error {
            case .repeated(let count): throw Refusal(status: 422, reason: "the quote occurs \(count) times in the edition")
            case .notFound(let placed):
                throw Refusal(
                    status: 422, reason: "the \(anchor.kind) anchor is not found in the edition" + (placed.reason.map { " (\($0))" } ?? ""))
            case .unwritable(let error): throw Refusal(status: 409, reason: error.description)
            }
        }
    }

    /// Changes a note's status, text, author or tags in whichever of its country's files holds it.
    public func update(_ request: NoteUpdate) throws {
        let status: Note.Status?
        if let wanted = request.status {
            guard let known = Note.Status(rawValue: wanted) else { throw Refusal(status: 400, reason: "status is open or resolved") }
            status = known
        } else {
            status = nil
        }
        let text = request.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let text, text.isEmpty { throw Refusal(status: 400, reason: "the note is empty") }
        let author = request.author?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let author, author.isEmpty { throw Refusal(status: 400, reason: "the author is empty") }
        let tags = request.tags?.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let path = try file(holding: request.id, of: request.country)
        do { try AnnotationEditor().update(note: request.id, status: status, text: text, author: author, tags: tags, in: path) } catch {
            throw Refusal(status: 409, reason: error.description)
        }
    }

    /// Takes a note out of whichever of its country's files holds it (its lines only).
    public func delete(_ request: NoteDeletion) throws {
        let path = try file(holding: request.id, of: request.country)
        do { try AnnotationEditor().delete(note: request.id, in: path) } catch { throw Refusal(status: 409, reason: error.description) }
    }

    /// The one notes file of the country (by its slug) that holds note `id`.
    private func file(holding id: String, of slug: String) throws -> String {
        guard let country = comparison.countries.first(where: { CountryKey.fileName($0.country) == slug }) else {
            throw Refusal(status: 404, reason: "no country '\(slug)' in this review")
        }
        let holding = files(of: country, in: try current().notes).filter { $0.notes.contains { $0.id == id } }.map(\.path)
        guard holding.count == 1, let path = holding.first else {
            throw Refusal(
                status: holding.isEmpty ? 404 : 409, reason: holding.isEmpty ? "no note '\(id)'" : "note '\(id)' is in several files")
        }
        return path
    }
}
