import TIPAnnotations
import TIPDiff
import TIPModel

/// Builds a report from one comparison and one set of notes files: each note resolved on its country's newer
/// edition with the comparison's statistics and alignments, and placed inside the element it is anchored to.
public struct ReportBuilder: Sendable {
    public var tool: String

    public init(tool: String) { self.tool = tool }

    /// `countryKey` matches a notes file's edition to a country (the alias table's usual name).
    public func report(_ comparison: Comparison, notes: AnnotationSet, countryKey: (String) -> String = { CountryKey.of($0) }) -> Report {
        var countries: [Report.CountryPart] = []
        var orphaned: [PlacedNote] = []
        for country in comparison.countries {
            var part = Report.CountryPart(country)
            let files = notes.files(for: country.new.edition, countries: comparison.countries.count, countryKey: countryKey)
            var resolvers: [Bool: AnnotationResolver] = [:]
            for file in files {
                let againstOld = AnnotationSet.writtenAgainst(file, old: country.old.edition, new: country.new.edition) == .old
                let resolver = resolvers[againstOld] ?? AnnotationResolver(comparison: country, writtenAgainstOld: againstOld)
                resolvers[againstOld] = resolver
                for note in file.notes {
                    let placed = PlacedNote(note: note, file: file.path, resolution: resolver.resolve(note))
                    if !Self.place(placed, in: &part) { orphaned.append(placed) }
                }
            }
            for index in part.sections.indices {
                part.sections[index].items.sort { $0.order < $1.order }
            }
            countries.append(part)
        }
        for file in notes.unassigned(to: comparison.countries.map(\.new.edition), countryKey: countryKey) {
            for note in file.notes {
                let reason = "the file's edition (\(file.edition ?? "none named")) is not in this comparison"
                orphaned.append(PlacedNote(note: note, file: file.path, resolution: .unplaced(note, reason: reason)))
            }
        }
        return Report(tool: tool, comparison: comparison, countries: countries, noteSources: notes.files, orphaned: orphaned)
    }

    /// Puts a note inside the element it is anchored to, adding an unchanged element when the text it
    /// belongs to did not change. Returns false for a note that could not be placed.
    static func place(_ placed: PlacedNote, in part: inout Report.CountryPart) -> Bool {
        let r = placed.resolution
        guard r.state != .orphaned else { return false }
        switch placed.note.anchor {
        case .tier:
            part.tierNotes.append(placed)
            return true
        case .change(let id):
            if part.comparison.tier?.id == id || part.comparison.effort?.id == id {
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
            let existing = part.sections[s].items.firstIndex { item in
                guard case .statistic(let change)? = item.change else { return false }
                return change.key == key && change.operation != .removed
            }
            if let i = existing {
                part.sections[s].items[i].notes.append(placed)
            } else {
                let label = part.comparison.new.statistics.first { $0.key == key }?.label
                let figure = Report.Item.UnchangedFigure(key: key, label: label, index: r.sentence, text: r.found)
                part.sections[s].items.append(.figure(figure, notes: [placed]))
            }
            return true
        case .quote:
            guard let kind = r.section, let sentence = r.sentence, let s = part.sections.firstIndex(where: { $0.kind == kind }) else {
                return false
            }
            if let i = part.sections[s].items.firstIndex(where: { $0.position.newSpan?.contains(sentence) == true }) {
                part.sections[s].items[i].notes.append(placed)
            } else {
                let text = part.comparison.new.edition.section(kind)?.sentences[safe: sentence]?.text
                part.sections[s].items.append(.text(Report.Item.UnchangedText(index: sentence, text: text), notes: [placed]))
            }
            return true
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
