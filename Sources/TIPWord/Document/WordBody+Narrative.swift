import TIPAnnotations
import TIPDiff
import TIPModel
import TIPReport
import TIPXML

extension WordBody {
    /// Where a section's notes are comments: on a sentence of NEW, on one of OLD (a removed sentence), or on the
    /// heading.
    struct SectionNotes {
        var onNew: [Int: [PlacedNote]] = [:]
        var onOld: [Int: [PlacedNote]] = [:]
        var onHeading: [PlacedNote] = []
    }

    /// A section kind's narrative: each of the editions' sections of that kind, paired in order, under a
    /// Heading 2 whose bookmark (`tipdiff_c<country>_<kind>_<n>`) a checker can find.
    mutating func narrative(_ section: Report.SectionPart, of country: CountryComparison) throws(XMLFailure) {
        let olds = country.old.edition.sections(of: section.kind)
        let news = country.new.edition.sections(of: section.kind)
        for ordinal in 0..<max(olds.count, news.count) {
            let old = ordinal < olds.count ? olds[ordinal] : nil
            let new = ordinal < news.count ? news[ordinal] : nil
            let notes = ordinal == 0 ? Self.notes(of: section, old: old, new: new) : SectionNotes()
            try write(old: old, new: new, kind: section.kind, ordinal: ordinal, notes: notes, country: country)
        }
    }

    private mutating func write(
        old: Section?, new: Section?, kind: SectionKind, ordinal: Int, notes: SectionNotes, country: CountryComparison
    ) throws(XMLFailure) {
        let oldSentences = old?.sentences.map(\.text) ?? []
        let newSentences = new?.sentences.map(\.text) ?? []
        var heading = new?.heading ?? old?.heading ?? Self.name(of: kind)
        if new == nil {
            heading += " (\(year(country.oldYear)) only)"
        } else if old == nil {
            heading += " (new in \(year(country.newYear)))"
        }
        let bookmark = "tipdiff_c\(countryNumber)_\(kind.rawValue)_\(ordinal)"
        var ids: [Int] = []
        for note in notes.onHeading { ids.append(comment(note)) }
        try markup.paragraph(style: "Heading2") { () throws(XMLFailure) in
            for id in ids { try markup.commentStart(id) }
            try markup.bookmarked(heading, name: bookmark)
            for id in ids.reversed() { try markup.commentEnd(id) }
        }
        let paragraphOf =
            new?.paragraphs.enumerated().flatMap { index, paragraph in Array(repeating: index, count: paragraph.sentences.count) } ?? []
        let alignment = Self.alignment(country.alignments[kind], ordinal: ordinal, old: oldSentences, new: newSentences)
        let merge = NarrativeMerge(
            oldCount: oldSentences.count, newCount: newSentences.count, alignment: alignment, paragraphOf: paragraphOf)
        let edits = Self.edits(in: country, kind: kind, ordinal: ordinal)
        var moves: [Int: String] = [:]
        var index = 0
        while index < merge.units.count {
            let paragraph = merge.units[index].paragraph
            var end = index
            while end < merge.units.count, merge.units[end].paragraph == paragraph { end += 1 }
            let units = merge.units[index..<end]
            let sides = units.map { entry -> (old: Bool, new: Bool) in
                switch entry.unit {
                case .kept: (true, true)
                case .inserted, .movedTo: (false, true)
                case .deleted, .movedFrom: (true, false)
                }
            }
            let mark: (WordMarkup.Mark, WordRevision)? =
                !sides.contains(where: \.old) ? (.inserted, revision) : !sides.contains(where: \.new) ? (.deleted, revision) : nil
            try markup.paragraph(style: nil, mark: mark) { () throws(XMLFailure) in
                for (offset, entry) in units.enumerated() {
                    let space = offset == 0 ? "" : " "
                    try unit(
                        entry.unit, space: space, old: oldSentences, new: newSentences, notes: notes, edits: edits, moves: &moves)
                }
            }
            index = end
        }
    }

    private mutating func unit(
        _ unit: NarrativeMerge.Unit, space: String, old: [String], new: [String], notes: SectionNotes, edits: [Int: [WordEdit]],
        moves: inout [Int: String]
    ) throws(XMLFailure) {
        let placed: [PlacedNote]
        switch unit {
        case .kept(_, let n), .inserted(let n), .movedTo(_, let n): placed = notes.onNew[n] ?? []
        case .deleted(let o), .movedFrom(let o, _): placed = notes.onOld[o] ?? []
        }
        var ids: [Int] = []
        for note in placed { ids.append(comment(note)) }
        // A note's quote in a sentence that did not change is the comment's range itself.
        if case .kept(let o, let n) = unit, old[o] == new[n], ids.count == 1, let found = placed[0].resolution.found,
            let range = new[n].range(of: found)
        {
            try markup.run(space + String(new[n][..<range.lowerBound]))
            try markup.commentStart(ids[0])
            try markup.run(found)
            try markup.commentEnd(ids[0])
            try markup.run(String(new[n][range.upperBound...]))
            return
        }
        for id in ids { try markup.commentStart(id) }
        switch unit {
        case .kept(let o, let n):
            if old[o] == new[n] {
                try markup.run(space + new[n])
            } else {
                try markup.run(space)
                let pieces =
                    edits[n].flatMap { Self.checked($0, old: old[o], new: new[n]) }
                    ?? Self.checked(WordDiff.edits(old[o], new[n]), old: old[o], new: new[n])
                if let pieces {
                    for piece in pieces {
                        switch piece.op {
                        case .equal: try markup.run(piece.text)
                        case .insert: try markup.inserted(piece.text, revision)
                        case .delete: try markup.deleted(piece.text, revision)
                        }
                    }
                } else {
                    try markup.deleted(old[o], revision)
                    try markup.inserted(new[n], revision)
                }
            }
        case .inserted(let n):
            try markup.inserted(space + new[n], revision)
        case .deleted(let o):
            try markup.deleted(space + old[o], revision)
        case .movedFrom(let o, _):
            let name = moves[o] ?? markup.newMove()
            moves[o] = name
            try markup.movedFrom(space + old[o], move: name, revision)
        case .movedTo(let o, let n):
            let name = moves[o] ?? markup.newMove()
            moves[o] = name
            try markup.movedTo(space + new[n], move: name, revision)
        }
        for id in ids.reversed() { try markup.commentEnd(id) }
    }

    /// The word edits, when they rebuild both sentences exactly (else `nil`, and the sentence is replaced whole).
    static func checked(_ edits: [WordEdit], old: String, new: String) -> [WordEdit]? {
        let rebuiltOld = edits.filter { $0.op != .insert }.map(\.text).joined()
        let rebuiltNew = edits.filter { $0.op != .delete }.map(\.text).joined()
        return rebuiltOld == old && rebuiltNew == new ? edits : nil
    }

    /// The diff's word edits of the section's reworded sentences, by NEW's index (first section of a kind only).
    static func edits(in country: CountryComparison, kind: SectionKind, ordinal: Int) -> [Int: [WordEdit]] {
        guard ordinal == 0, let section = country.sections.first(where: { $0.kind == kind }) else { return [:] }
        var edits: [Int: [WordEdit]] = [:]
        for change in section.changes.compactMap(\.sentenceChange) where (change.length ?? 1) == 1 {
            if let new = change.newIndex, let words = change.edits { edits[new] = words }
        }
        return edits
    }

    /// The comparison's alignment of the kind when it fits these two sections, else one made for them.
    static func alignment(_ given: SentenceAlignment?, ordinal: Int, old: [String], new: [String]) -> SentenceAlignment? {
        guard !old.isEmpty, !new.isEmpty else { return nil }
        if ordinal == 0, let given, given.pairs.count + given.unmatchedOld.count == old.count,
            given.pairs.count + given.unmatchedNew.count == new.count
        {
            return given
        }
        return SentenceAligner.align(old: old, new: new)
    }

    /// Which sentence each of the section's notes is a comment on.
    static func notes(of section: Report.SectionPart, old: Section?, new: Section?) -> SectionNotes {
        var notes = SectionNotes()
        notes.onHeading = section.notes
        let newCount = new?.sentences.count ?? 0
        let oldCount = old?.sentences.count ?? 0
        for item in section.items where !item.notes.isEmpty {
            var place: ChangeSentence.Place?
            switch item {
            case .change(let change, _):
                var visitor = ChangeSentence()
                place = visitor.visit(change)
                if place == nil, let recommendation = change.recommendationChange {
                    place = Self.sentence(of: recommendation, old: old, new: new)
                }
            case .text(let text, _): place = ChangeSentence.Place(index: text.index, onOld: false)
            case .figure(let figure, _): place = figure.index.map { ChangeSentence.Place(index: $0, onOld: false) }
            }
            for note in item.notes {
                // A quote lands on a sentence of its own, which may be any one of a changed paragraph's.
                var at = place
                if case .quote = note.note.anchor, let sentence = note.resolution.sentence, at?.onOld != true {
                    at = ChangeSentence.Place(index: sentence, onOld: false)
                }
                switch at {
                case let at? where at.onOld && at.index < oldCount: notes.onOld[at.index, default: []].append(note)
                case let at? where !at.onOld && at.index < newCount: notes.onNew[at.index, default: []].append(note)
                default: notes.onHeading.append(note)
                }
            }
        }
        return notes
    }

    /// The sentence of the recommendations section that a recommendation begins with.
    static func sentence(of change: Identified<RecommendationChange>, old: Section?, new: Section?) -> ChangeSentence.Place? {
        let onOld = change.new == nil
        guard let text = change.new ?? change.old, let sentences = (onOld ? old : new)?.sentences else { return nil }
        let start = String(text.prefix(60))
        return sentences.firstIndex { $0.text.contains(start) || text.hasPrefix($0.text) }.map {
            ChangeSentence.Place(index: $0, onOld: onOld)
        }
    }

    /// A section kind as a heading, for a section the edition did not head.
    static func name(of kind: SectionKind) -> String {
        switch kind {
        case .headline: "Headline"
        case .recommendations: "Prioritized recommendations"
        case .prosecution: "Prosecution"
        case .protection: "Protection"
        case .prevention: "Prevention"
        case .profile: "Trafficking profile"
        case .other: "Other"
        }
    }
}
