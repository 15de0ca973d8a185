/// The change report as values: per country, the tier, each section's changes in order, terms, and the
/// notes placed inside what they are anchored to. The XML, HTML and Markdown are written from this.
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPStatistics

/// A note as it appears in a report: the note and where it landed.
public struct PlacedNote: Sendable {
    public var note: Note
    public var file: String
    public var resolution: Resolution
}

/// One file of notes given to the report, with its checksum.
public struct NoteSource: Sendable {
    public var path: String
    public var sha256: String
    public var file: AnnotationFile

    public init(path: String, sha256: String, file: AnnotationFile) {
        self.path = path
        self.sha256 = sha256
        self.file = file
    }
}

/// Everything one report says.
public struct Report: Sendable {
    public struct Item: Sendable {
        public enum Kind: Sendable { case verdict, sentence, format, statistic, recommendation }
        public var kind: Kind
        /// The change this item reports; `nil` for unchanged text that carries a note.
        public var change: Change?
        /// For unchanged items: the section, sentence index, text or statistic key.
        public var section: SectionKind
        public var index: Int?
        public var text: String?
        public var key: String?
        public var notes: [PlacedNote] = []

        var order: (Int, Int, Int) {
            let group: Int =
                switch kind {
                case .verdict: 0
                case .sentence, .format: 1
                case .statistic: 2
                case .recommendation: 3
                }
            return (group, change?.newIndex ?? change?.oldIndex ?? index ?? Int.max, kind == .format ? 1 : 0)
        }
    }

    public struct SectionPart: Sendable {
        public var kind: SectionKind
        public var heading: String?
        public var oldVerdict: Verdict?
        public var newVerdict: Verdict?
        /// changed, added, removed or unchanged
        public var status: String
        public var notes: [PlacedNote] = []
        public var items: [Item] = []
    }

    public struct CountryPart: Sendable {
        public var diff: EditionDiff
        public var oldTier: TierPlacement
        public var newTier: TierPlacement
        public var tierChange: Change?
        public var tierNotes: [PlacedNote] = []
        public var sections: [SectionPart] = []
        public var terms: [(change: Change, notes: [PlacedNote])] = []
    }

    public var tool: String
    public var countries: [CountryPart]
    public var countryChanges: [Change]
    public var noteSources: [NoteSource]
    public var orphaned: [PlacedNote]
    public var summary: [(kind: String, count: Int)]

    /// Every placed note, in report order.
    public var placedNotes: [PlacedNote] {
        countries.flatMap { country in
            country.tierNotes + country.sections.flatMap { $0.notes + $0.items.flatMap(\.notes) } + country.terms.flatMap(\.notes)
        }
    }
}

/// Builds a report from compared editions and notes.
public struct ReportBuilder: Sendable {
    public var tool: String

    public init(tool: String) { self.tool = tool }

    /// `pairs` are the compared editions (old, new) per country, in order.
    public func report(pairs: [(old: Edition, new: Edition)], countryChanges: [Change], notes: [NoteSource]) -> Report {
        let differ = Differ()
        var countries: [Report.CountryPart] = []
        var orphaned: [PlacedNote] = []
        var assigned = Set<Int>()
        for (old, new) in pairs {
            let diff = differ.diff(old, new)
            var part = Self.skeleton(diff: diff, old: old, new: new)
            for (offset, source) in notes.enumerated() where Self.belongs(source, to: new, countries: pairs.count) {
                assigned.insert(offset)
                let written = Self.writtenEdition(source, old: old, new: new)
                let resolver = AnnotationResolver(target: new, written: written, diff: diff)
                for note in source.file.notes {
                    let placed = PlacedNote(note: note, file: source.path, resolution: resolver.resolve(note))
                    if !Self.place(placed, in: &part, edition: new) { orphaned.append(placed) }
                }
            }
            for index in part.sections.indices {
                part.sections[index].items.sort { $0.order < $1.order }
            }
            countries.append(part)
        }
        for (offset, source) in notes.enumerated() where !assigned.contains(offset) {
            for note in source.file.notes {
                var resolution = AnnotationResolver(target: pairs.first?.new ?? Self.empty, diff: nil).resolve(note)
                resolution.state = .orphaned
                resolution.reason = "the file's edition (\(source.file.edition ?? "none named")) is not in this comparison"
                orphaned.append(PlacedNote(note: note, file: source.path, resolution: resolution))
            }
        }
        let allChanges = countryChanges + countries.flatMap(\.diff.changes)
        let counts = Dictionary(grouping: allChanges, by: \.kind).map { (kind: $0.key, count: $0.value.count) }
            .sorted { $0.kind < $1.kind }.map { (kind: $0.kind.rawValue, count: $0.count) }
        return Report(
            tool: tool, countries: countries, countryChanges: countryChanges, noteSources: notes, orphaned: orphaned, summary: counts)
    }

    private static let empty = Edition(
        country: "", countrySource: .text, reportYear: nil, tier: TierPlacement(), sections: [], recommendations: [],
        source: EditionSource(path: "", sha256: "", format: .text), text: "")

    /// A file of notes goes with the country of its `edition:`; a file naming none goes with a single country.
    private static func belongs(_ source: NoteSource, to edition: Edition, countries: Int) -> Bool {
        guard let path = source.file.edition else { return countries == 1 }
        let stem = EditionPath.stem(of: path).replacingOccurrences(of: "-", with: " ")
        return CountryKey.of(stem) == CountryKey.of(edition.country) || path == edition.source.path
    }

    private static func writtenEdition(_ source: NoteSource, old: Edition, new: Edition) -> Edition? {
        guard let path = source.file.edition else { return nil }
        if path == old.source.path { return old }
        return nil
    }

    /// Sections of NEW (then those only OLD had), each with its verdict change and changes.
    static func skeleton(diff: EditionDiff, old: Edition, new: Edition) -> Report.CountryPart {
        var part = Report.CountryPart(diff: diff, oldTier: old.tier, newTier: new.tier, tierChange: diff.changes(of: .tier).first)
        var kinds: [SectionKind] = new.sections.map(\.kind)
        for section in old.sections where !kinds.contains(section.kind) { kinds.append(section.kind) }
        var seen = Set<SectionKind>()
        for kind in kinds where seen.insert(kind).inserted {
            let o = old.section(kind)
            let n = new.section(kind)
            let status = o == nil ? "added" : n == nil ? "removed" : "unchanged"
            part.sections.append(
                Report.SectionPart(
                    kind: kind, heading: n?.heading ?? o?.heading, oldVerdict: o?.verdict, newVerdict: n?.verdict, status: status))
        }
        for change in diff.changes {
            let kind: Report.Item.Kind
            switch change.kind {
            case .verdict: kind = .verdict
            case .sentenceAdded, .sentenceRemoved, .sentenceModified, .sentenceMoved: kind = .sentence
            case .formatOnly: kind = .format
            case .statisticChanged, .statisticAdded, .statisticRemoved: kind = .statistic
            case .recommendationAdded, .recommendationRemoved, .recommendationReworded: kind = .recommendation
            case .term:
                part.terms.append((change, []))
                continue
            default:
                continue
            }
            let section = change.section ?? .other
            guard let index = part.sections.firstIndex(where: { $0.kind == section }) else { continue }
            if part.sections[index].status == "unchanged" { part.sections[index].status = "changed" }
            part.sections[index].items.append(Report.Item(kind: kind, change: change, section: section))
        }
        return part
    }

    /// Puts a note inside the element it is anchored to, adding an unchanged element when the text it
    /// belongs to did not change. Returns false for a note that could not be placed.
    static func place(_ placed: PlacedNote, in part: inout Report.CountryPart, edition: Edition) -> Bool {
        let r = placed.resolution
        guard r.state != .orphaned else { return false }
        switch placed.note.anchor {
        case .tier:
            part.tierNotes.append(placed)
            return true
        case .change(let id):
            if part.tierChange?.id == id {
                part.tierNotes.append(placed)
                return true
            }
            if let t = part.terms.firstIndex(where: { $0.change.id == id }) {
                part.terms[t].notes.append(placed)
                return true
            }
            for s in part.sections.indices {
                if let i = part.sections[s].items.firstIndex(where: { $0.change?.id == id }) {
                    part.sections[s].items[i].notes.append(placed)
                    return true
                }
            }
            return false
        case .section(let kind):
            guard let s = part.sections.firstIndex(where: { $0.kind == kind }) else { return false }
            part.sections[s].notes.append(placed)
            return true
        case .statistic(let key):
            guard let kind = r.section, let s = part.sections.firstIndex(where: { $0.kind == kind }) else { return false }
            if let i = part.sections[s].items.firstIndex(where: {
                $0.kind == .statistic && $0.change?.key == key && $0.change?.kind != .statisticRemoved
            }) {
                part.sections[s].items[i].notes.append(placed)
            } else {
                var item = Report.Item(kind: .statistic, change: nil, section: kind, index: r.sentence, text: r.found, key: key)
                item.notes = [placed]
                part.sections[s].items.append(item)
            }
            return true
        case .quote:
            guard let kind = r.section, let sentence = r.sentence, let s = part.sections.firstIndex(where: { $0.kind == kind }) else {
                return false
            }
            let covering = part.sections[s].items.firstIndex { item in
                guard let change = item.change, let start = change.newIndex else { return false }
                let kinds: [Report.Item.Kind] = [.sentence, .recommendation]
                return kinds.contains(item.kind) && change.kind != .sentenceRemoved && change.kind != .recommendationRemoved
                    && start <= sentence && sentence < start + (change.length ?? 1)
            }
            if let i = covering {
                part.sections[s].items[i].notes.append(placed)
            } else {
                let text = edition.section(kind)?.sentences[safe: sentence]?.text
                var item = Report.Item(kind: .sentence, change: nil, section: kind, index: sentence, text: text)
                item.notes = [placed]
                part.sections[s].items.append(item)
            }
            return true
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
