import TIPDiff

/// One section's sentences of both editions in one sequence, as a redline reads them: NEW's sentences in NEW's
/// order, each OLD sentence that is gone (or moved away) where OLD had it, so that keeping the new side of every
/// unit gives NEW's sentences and keeping the old side gives OLD's, each in its own order.
struct NarrativeMerge: Sendable, Equatable {
    enum Unit: Sendable, Equatable {
        /// A sentence in both, in order (its text the same or reworded).
        case kept(old: Int, new: Int)
        /// A sentence only NEW has.
        case inserted(new: Int)
        /// A sentence only OLD has.
        case deleted(old: Int)
        /// The old place of a sentence that moved.
        case movedFrom(old: Int, new: Int)
        /// The new place of a sentence that moved.
        case movedTo(old: Int, new: Int)
    }

    /// The units with the index of NEW's paragraph each stands in.
    var units: [(unit: Unit, paragraph: Int)]

    static func == (a: NarrativeMerge, b: NarrativeMerge) -> Bool {
        a.units.map(\.unit) == b.units.map(\.unit) && a.units.map(\.paragraph) == b.units.map(\.paragraph)
    }

    /// Merges by the alignment in one pass over each side. A pair the alignment keeps in order but that would
    /// go back on OLD's order is taken as moved, so the kept pairs always rise on both sides.
    /// `paragraphOf` gives the paragraph of each of NEW's sentences (`newCount` of them).
    init(oldCount: Int, newCount: Int, alignment: SentenceAlignment?, paragraphOf: [Int]) {
        var pairByNew = [SentenceAlignment.Pair?](repeating: nil, count: newCount)
        var pairByOld = [SentenceAlignment.Pair?](repeating: nil, count: oldCount)
        for pair in alignment?.pairs ?? [] where pair.new < newCount && pair.old < oldCount {
            pairByNew[pair.new] = pair
            pairByOld[pair.old] = pair
        }
        var lastKept = -1
        for n in 0..<newCount {
            guard var pair = pairByNew[n], !pair.isMoved else { continue }
            if pair.old > lastKept {
                lastKept = pair.old
            } else {
                pair.isMoved = true
                pairByNew[n] = pair
                pairByOld[pair.old] = pair
            }
        }
        var units: [(unit: Unit, paragraph: Int)] = []
        var cursor = 0
        func oldUpTo(_ end: Int, paragraph: Int) {
            while cursor < end {
                if let pair = pairByOld[cursor] {
                    units.append((.movedFrom(old: cursor, new: pair.new), paragraph))
                } else {
                    units.append((.deleted(old: cursor), paragraph))
                }
                cursor += 1
            }
        }
        for n in 0..<newCount {
            let paragraph = paragraphOf[n]
            if let pair = pairByNew[n] {
                if pair.isMoved {
                    units.append((.movedTo(old: pair.old, new: n), paragraph))
                } else {
                    oldUpTo(pair.old, paragraph: paragraph)
                    cursor = pair.old + 1
                    units.append((.kept(old: pair.old, new: n), paragraph))
                }
            } else {
                units.append((.inserted(new: n), paragraph))
            }
        }
        oldUpTo(oldCount, paragraph: paragraphOf.last ?? 0)
        self.units = units
    }
}
