import TIPModel

/// Word-level diff of two sentences: Myers' O(ND) algorithm over word tokens, then a semantic clean-up.
public enum WordDiff {
    /// A word or punctuation mark with the white space after it.
    struct Piece: Equatable {
        var text: String
        var trailing: String
        var written: String { text + trailing }
    }

    /// Words with their trailing white space; leading and trailing punctuation split off as pieces of their own
    /// ("“deserters,”" → "“", "deserters", ",", "”"); numbers such as "1,818" and "$4.9" stay whole.
    static func pieces(_ sentence: String) -> [Piece] {
        var sentence = sentence
        return sentence.withUTF8 { ByteWordPieces.pieces($0) } ?? characterPieces(sentence)
    }

    /// `pieces(_:)` read character by character, as text with other scalars than ASCII and curly marks is.
    static func characterPieces(_ sentence: String) -> [Piece] {
        var pieces: [Piece] = []
        var word = ""
        var trailing = ""
        func flush() {
            guard !word.isEmpty else {
                if !trailing.isEmpty, !pieces.isEmpty { pieces[pieces.count - 1].trailing += trailing }
                trailing = ""
                return
            }
            let characters = Array(word)
            var start = 0
            var end = characters.count
            let leading: Set<Character> = ["“", "\"", "‘", "(", "["]
            let closing: Set<Character> = [".", ",", ";", ":", "!", "?", "”", "\"", ")", "]", "’"]
            while start < end, leading.contains(characters[start]) { start += 1 }
            while end > start, closing.contains(characters[end - 1]) { end -= 1 }
            for c in characters[0..<start] { pieces.append(Piece(text: String(c), trailing: "")) }
            if start < end { pieces += Self.split(String(characters[start..<end])) }
            for c in characters[end...] { pieces.append(Piece(text: String(c), trailing: "")) }
            if !pieces.isEmpty { pieces[pieces.count - 1].trailing = trailing }
            word = ""
            trailing = ""
        }
        for character in sentence {
            if character.isWhitespace {
                trailing.append(character)
            } else {
                if !trailing.isEmpty { flush() }
                word.append(character)
            }
        }
        flush()
        return pieces
    }

    /// A word split at hyphens and before a possessive, so that "government-sponsored" and
    /// "government’s" share the piece "government" with "government".
    private static func split(_ word: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        let characters = Array(word)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "-" && !current.isEmpty && i + 1 < characters.count && characters[i + 1].isLetter {
                pieces.append(Piece(text: current, trailing: ""))
                pieces.append(Piece(text: "-", trailing: ""))
                current = ""
            } else if (c == "’" || c == "'") && i + 2 == characters.count && characters[i + 1] == "s" && !current.isEmpty {
                pieces.append(Piece(text: current, trailing: ""))
                current = String(characters[i...])
                break
            } else {
                current.append(c)
            }
            i += 1
        }
        if !current.isEmpty { pieces.append(Piece(text: current, trailing: "")) }
        return pieces
    }

    /// The edits that turn `old` into `new`, at word boundaries, with small equalities between changes merged.
    public static func edits(_ old: String, _ new: String) -> [WordEdit] {
        let a = pieces(old)
        let b = pieces(new)
        let script = myers(a.map(\.text), b.map(\.text))
        var edits: [WordEdit] = []
        func append(_ op: WordEdit.Operation, _ text: String) {
            if let last = edits.last, last.op == op {
                edits[edits.count - 1].text += text
            } else {
                edits.append(WordEdit(op, text))
            }
        }
        for step in script {
            switch step {
            // Equal text is written with the new spacing, so the new sentence reads as written.
            case .equal(_, let j): append(.equal, b[j].written)
            case .delete(let i):
                // The old space before a deleted word, when the new spacing of the text before it has none:
                // "victims" + " in 2022" reads back as the old "victims in 2022".
                let opensRun = edits.last?.op != .delete
                let before = i > 0 ? a[i - 1].trailing : ""
                let joined = edits.last { $0.op == .equal }?.text.last?.isWhitespace ?? true
                append(.delete, (opensRun && !joined ? before : "") + a[i].written)
            case .insert(let j): append(.insert, b[j].written)
            }
        }
        return cleanedUp(edits)
    }

    /// Merges changes separated only by punctuation or one short word ("A, B" → one edit), and puts
    /// deletions before insertions.
    static func cleanedUp(_ edits: [WordEdit]) -> [WordEdit] {
        var groups: [(delete: String, insert: String, equal: String?)] = []
        for edit in edits {
            switch edit.op {
            case .equal:
                groups.append(("", "", edit.text))
            case .delete:
                if let last = groups.last, last.equal == nil {
                    groups[groups.count - 1].delete += edit.text
                } else {
                    groups.append((edit.text, "", nil))
                }
            case .insert:
                if let last = groups.last, last.equal == nil {
                    groups[groups.count - 1].insert += edit.text
                } else {
                    groups.append(("", edit.text, nil))
                }
            }
        }
        var merged: [(delete: String, insert: String, equal: String?)] = []
        var i = 0
        while i < groups.count {
            let group = groups[i]
            if let equal = group.equal, i > 0, i + 1 < groups.count, groups[i + 1].equal == nil, merged.last?.equal == nil,
                isSmall(equal)
            {
                merged[merged.count - 1].delete += equal + groups[i + 1].delete
                merged[merged.count - 1].insert += equal + groups[i + 1].insert
                i += 2
                continue
            }
            merged.append(group)
            i += 1
        }
        var result: [WordEdit] = []
        for group in merged {
            if let equal = group.equal {
                result.append(WordEdit(.equal, equal))
            } else {
                if !group.delete.isEmpty { result.append(WordEdit(.delete, group.delete)) }
                if !group.insert.isEmpty { result.append(WordEdit(.insert, group.insert)) }
            }
        }
        return result
    }

    private static func isSmall(_ equal: String) -> Bool {
        let words = equal.split(whereSeparator: \.isWhitespace)
        if equal.allSatisfy({ !$0.isLetter && !$0.isNumber }) { return true }
        return words.count == 1 && words[0].count <= 3
    }

    enum Step: Equatable {
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// Past this many differences the greedy search gives way to the linear-space one.
    static let greedyLimit = 1000
    /// How many rounds (edit distances) the linear-space search may spend in all before it settles for
    /// a coarser script (the rest deleted, then inserted): bounds time on hostile input, deterministically.
    static let searchBudget = 4_000

    /// A shortest edit script: Myers' greedy O((N+M)D) search, keeping only the part of each round's
    /// frontier it reached (O(D²) memory), for the usual sentence; when the texts differ in more than
    /// `greedyLimit` places, the linear-space divide-and-conquer search (the middle snake) instead.
    static func myers<T: Hashable>(_ a: [T], _ b: [T]) -> [Step] {
        if let steps = greedy(a, b, limit: greedyLimit) { return steps }
        var ids: [T: Int] = [:]
        let x = a.map { token in
            ids[token]
                ?? {
                    ids[token] = ids.count; return ids.count - 1
                }()
        }
        let y = b.map { token in
            ids[token]
                ?? {
                    ids[token] = ids.count; return ids.count - 1
                }()
        }
        var steps: [Step] = []
        steps.reserveCapacity(x.count + y.count)
        var budget = searchBudget
        LinearDiff.script(x[...], y[...], into: &steps, budget: &budget)
        return steps
    }

    /// The greedy search, or `nil` when the texts differ in more than `limit` places.
    static func greedy<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> [Step]? {
        let n = a.count
        let m = b.count
        let max = n + m
        if max == 0 { return [] }
        var v = [Int](repeating: 0, count: 2 * max + 2)
        // Round d keeps v[offset - d ... offset + d]: the frontier it started from.
        var trace: [[Int]] = []
        let offset = max
        var found = false
        outer: for d in 0...max {
            guard d <= limit else { return nil }
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    found = true
                    break outer
                }
            }
        }
        guard found else { return nil }
        // Walk the trace back from (n, m).
        var steps: [Step] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let frontier = trace[d]
            let at = { (k: Int) in frontier[k + d] }
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && at(k - 1) < at(k + 1)) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1
                y -= 1
                steps.append(.equal(x, y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(.insert(y))
                } else {
                    x -= 1
                    steps.append(.delete(x))
                }
            }
        }
        return steps.reversed()
    }
}
