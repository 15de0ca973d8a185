import TIPModel
import TIPStatistics
import TIPSupport

/// Sentence-level changes across all sections: modifications, moves (within and across sections),
/// additions, removals, number format changes, and repeated rewordings summarised as terms.
struct SentenceChanges {
    private struct Candidate {
        var section: SectionKind
        var oldIndex: Int
        var newIndex: Int
        var old: Sentence
        var new: Sentence
        var moved: Bool
        var edits: [WordEdit]
        var groups: [(delete: String, insert: String)]
        /// Whether its word edits are worth showing (a moved sentence that also changed).
        var showsEdits = false
    }

    private struct Loose {
        var ref: SentenceRef
        var sentence: Sentence
        /// Listed on its own when unmatched; sentences of a removed or added section are not.
        var listed: Bool
    }

    private var candidates: [Candidate] = []
    private var moves: [Candidate] = []
    private var removed: [Loose] = []
    private var added: [Loose] = []
    private var formatOnly: [FormatChange] = []
    /// The repeated rewordings `finish` found, most frequent first.
    private(set) var terms: [TermChange] = []

    /// Numbers written another way in sentences that are otherwise equal.
    var formats: [FormatChange] { formatOnly }

    /// Records what changed between two aligned versions of a section.
    mutating func compare(_ o: Section, _ n: Section, alignment: SentenceAlignment) -> SentenceAlignment {
        let oldSentences = o.sentences
        let newSentences = n.sentences
        for pair in alignment.pairs {
            let a = oldSentences[pair.old]
            let b = newSentences[pair.new]
            let edits = a.text == b.text ? [WordEdit(.equal, a.text)] : WordDiff.edits(a.text, b.text)
            var candidate = Candidate(
                section: n.kind, oldIndex: pair.old, newIndex: pair.new, old: a, new: b, moved: pair.isMoved,
                edits: edits, groups: Self.groups(edits))
            if pair.isExact {
                recordFormatChanges(candidate)
                candidate.groups = []
                if pair.isMoved { moves.append(candidate) }
            } else {
                candidates.append(candidate)
            }
        }
        removed += alignment.unmatchedOld.map {
            Loose(ref: SentenceRef(section: o.kind, index: $0), sentence: oldSentences[$0], listed: true)
        }
        added += alignment.unmatchedNew.map {
            Loose(ref: SentenceRef(section: n.kind, index: $0), sentence: newSentences[$0], listed: true)
        }
        return alignment
    }

    /// A section only OLD has: its sentences may have moved elsewhere.
    mutating func orphanedOld(_ section: Section) {
        removed += section.sentences.enumerated().map {
            Loose(ref: SentenceRef(section: section.kind, index: $0.offset), sentence: $0.element, listed: false)
        }
    }

    /// A section only NEW has.
    mutating func orphanedNew(_ section: Section) {
        added += section.sentences.enumerated().map {
            Loose(ref: SentenceRef(section: section.kind, index: $0.offset), sentence: $0.element, listed: false)
        }
    }

    /// The changes, once every section has been compared. `numericSentences` holds the sentences (old and
    /// new) whose changed figures are reported as statistic changes: their number edits are not repeated.
    mutating func finish(termThreshold: Int, numericSentences: (old: Set<SentenceRef>, new: Set<SentenceRef>)) -> [ChangeDraft] {
        var changes: [(rank: (Int, Int, Int), change: ChangeDraft)] = []
        func rank(_ section: SectionKind, _ index: Int, _ order: Int) -> (Int, Int, Int) {
            (SectionKind.allCases.firstIndex(of: section)!, index, order)
        }

        // Sentences that left one section for another.
        var addedByKey: [String: [Int]] = [:]
        for (position, loose) in added.enumerated() {
            addedByKey[SentenceAligner.exactKey(loose.sentence.text), default: []].append(position)
        }
        var movedAdded = Set<Int>()
        var movedRemoved = Set<Int>()
        for (position, loose) in removed.enumerated() {
            let key = SentenceAligner.exactKey(loose.sentence.text)
            guard let target = addedByKey[key]?.first(where: { !movedAdded.contains($0) && added[$0].ref.section != loose.ref.section })
            else { continue }
            movedAdded.insert(target)
            movedRemoved.insert(position)
            let change = SentenceChange(
                sides: .both(
                    old: ChangeSide(loose.ref, length: 1, loose.sentence),
                    new: ChangeSide(added[target].ref, length: 1, added[target].sentence)),
                moved: true)
            changes.append((rank(change.section, added[target].ref.index, 0), .sentence(change)))
        }

        // Repeated rewordings: the same short replacement in many sentences.
        var termCounts: [TermPair: Int] = [:]
        var termSpelling: [TermPair: (String, String)] = [:]
        for candidate in candidates {
            for group in candidate.groups {
                guard let pair = TermPair(group) else { continue }
                termCounts[pair, default: 0] += 1
                if termSpelling[pair] == nil { termSpelling[pair] = (group.delete.trimmingSpaces, group.insert.trimmingSpaces) }
            }
        }
        let terms = Set(termCounts.filter { $0.value >= termThreshold }.keys)

        for candidate in candidates {
            let remaining = candidate.groups.filter { group in
                if let pair = TermPair(group), terms.contains(pair) { return false }
                if Self.isNumeric(group),
                    numericSentences.old.contains(SentenceRef(section: candidate.section, index: candidate.oldIndex))
                        || numericSentences.new.contains(SentenceRef(section: candidate.section, index: candidate.newIndex))
                {
                    return false
                }
                return true
            }
            if remaining.isEmpty {
                if candidate.moved { moves.append(candidate) }
                continue
            }
            if candidate.moved {
                // Moved and changed: it joins the run it moved with, which carries its edits.
                var moved = candidate
                moved.showsEdits = true
                moves.append(moved)
                continue
            }
            let old = ChangeSide(SentenceRef(section: candidate.section, index: candidate.oldIndex), candidate.old)
            let new = ChangeSide(SentenceRef(section: candidate.section, index: candidate.newIndex), candidate.new)
            let change = SentenceChange(sides: .both(old: old, new: new), edits: candidate.edits)
            changes.append((rank(candidate.section, candidate.newIndex, 1), .sentence(change)))
        }

        // Moves, consecutive ones (a moved paragraph) as one change that carries the edits of any sentence in
        // it that also changed.
        moves.sort { ($0.section.rawValue, $0.oldIndex) < ($1.section.rawValue, $1.oldIndex) }
        var block: [Candidate] = []
        func flushBlock() {
            guard let first = block.first, let last = block.last else { return }
            let old = ChangeSide(
                section: first.section, index: first.oldIndex, length: block.count, text: block.map(\.old.text).joined(separator: " "),
                range: TextRange(first.old.range.start, last.old.range.end))
            let new = ChangeSide(
                section: first.section, index: first.newIndex, length: block.count, text: block.map(\.new.text).joined(separator: " "),
                range: TextRange(first.new.range.start, last.new.range.end))
            var change = SentenceChange(sides: .both(old: old, new: new), moved: true)
            if block.contains(where: \.showsEdits) {
                var edits: [WordEdit] = []
                for (offset, move) in block.enumerated() {
                    if offset > 0 { edits.append(WordEdit(.equal, " ")) }
                    edits += move.showsEdits ? move.edits : [WordEdit(.equal, move.new.text)]
                }
                change.edits = edits
            }
            // A lone sentence that moved and changed ranks where the modified ones do.
            let order = block.count == 1 && first.showsEdits ? 1 : 0
            changes.append((rank(first.section, first.newIndex, order), .sentence(change)))
            block = []
        }
        for move in moves {
            if let last = block.last, last.section == move.section, move.oldIndex == last.oldIndex + 1,
                move.newIndex == last.newIndex + 1
            {
                block.append(move)
            } else {
                flushBlock()
                block = [move]
            }
        }
        flushBlock()

        // Consecutive added (or removed) sentences, a new or dropped paragraph, are one change.
        let gone = removed.enumerated().filter { $0.element.listed && !movedRemoved.contains($0.offset) }.map(\.element)
        let new = added.enumerated().filter { $0.element.listed && !movedAdded.contains($0.offset) }.map(\.element)
        for (operation, loose, order) in [(SentenceChange.Operation.removed, gone, 2), (.added, new, 3)] {
            for run in Self.runs(loose) {
                let side = ChangeSide(
                    section: run[0].ref.section, index: run[0].ref.index, length: run.count,
                    text: run.map(\.sentence.text).joined(separator: " "),
                    range: TextRange(run[0].sentence.range.start, run[run.count - 1].sentence.range.end))
                let change = SentenceChange(sides: operation == .removed ? .removed(side) : .added(side))
                changes.append((rank(run[0].ref.section, run[0].ref.index, order), .sentence(change)))
            }
        }

        for change in formatOnly { changes.append((rank(change.section, change.newIndex, 4), .format(change))) }
        let ordered = changes.sorted { $0.rank < $1.rank }.map(\.change)
        for pair in terms.sorted(by: { (termCounts[$0]!, $1.old, $1.new) > (termCounts[$1]!, $0.old, $0.new) }) {
            let spelling = termSpelling[pair]!
            self.terms.append(TermChange(old: spelling.0, new: spelling.1, count: termCounts[pair]!))
        }
        return ordered + self.terms.map(ChangeDraft.term)
    }

    /// Sentences grouped into runs of consecutive indices in one section.
    private static func runs(_ items: [Loose]) -> [[Loose]] {
        var runs: [[Loose]] = []
        for item in items.sorted(by: { ($0.ref.section.rawValue, $0.ref.index) < ($1.ref.section.rawValue, $1.ref.index) }) {
            if let last = runs.last?.last, last.ref.section == item.ref.section, last.ref.index + 1 == item.ref.index {
                runs[runs.count - 1].append(item)
            } else {
                runs.append([item])
            }
        }
        return runs
    }

    /// Numbers written differently with the same value in sentences that are otherwise equal.
    private mutating func recordFormatChanges(_ candidate: Candidate) {
        for group in Self.groups(candidate.edits) {
            guard let a = NumberText.value(of: group.delete.trimmingSpaces), let b = NumberText.value(of: group.insert.trimmingSpaces),
                a == b
            else { continue }
            formatOnly.append(
                FormatChange(
                    section: candidate.section, oldIndex: candidate.oldIndex, newIndex: candidate.newIndex,
                    old: group.delete.trimmingSpaces, new: group.insert.trimmingSpaces, value: a, oldRange: candidate.old.range,
                    newRange: candidate.new.range))
        }
    }

    /// Runs of deletions and insertions between equal stretches.
    static func groups(_ edits: [WordEdit]) -> [(delete: String, insert: String)] {
        var groups: [(delete: String, insert: String)] = []
        var open = false
        for edit in edits {
            switch edit.op {
            case .equal:
                open = false
            case .delete, .insert:
                if !open {
                    groups.append(("", ""))
                    open = true
                }
                if edit.op == .delete { groups[groups.count - 1].delete += edit.text } else { groups[groups.count - 1].insert += edit.text }
            }
        }
        return groups
    }

    /// A replacement of one number by another ("9" → "14", "seven" → "eight").
    /// Words that go with a figure's writing rather than its meaning ("$4.6 billion", "4.6 billion dollars").
    static let figureWords: Set<String> = [
        "$", "us$", "usd", "dollar", "dollars", "€", "euro", "euros", "£", "pound", "pounds", "peso", "pesos",
    ]

    static func isNumeric(_ group: (delete: String, insert: String)) -> Bool {
        let strip = { (text: String) -> String in
            text.trimmingSpaces.split(separator: " ").filter { !figureWords.contains($0.lowercased()) }
                .map { $0.hasPrefix("$") || $0.hasPrefix("€") || $0.hasPrefix("£") ? String($0.dropFirst()) : String($0) }
                .joined(separator: " ")
        }
        let a = strip(group.delete)
        let b = strip(group.insert)
        if a.isEmpty && b.isEmpty { return !(group.delete.trimmingSpaces.isEmpty && group.insert.trimmingSpaces.isEmpty) }
        return (a.isEmpty || NumberText.value(of: a) != nil) && (b.isEmpty || NumberText.value(of: b) != nil)
            && !(a.isEmpty && b.isEmpty)
    }
}
