import TIPStatistics
import TIPSupport

/// Aligns the sentences of two versions of a section: exact matches first, then similar sentences
/// (numbers masked) best-first above a threshold; moves are the pairs outside the longest increasing subsequence.
public enum SentenceAligner {
    /// Sentences pair when the Dice coefficient of their words (numbers masked) reaches this.
    public static let threshold = 0.5

    public static func align(old: [String], new: [String]) -> SentenceAlignment {
        var reader = SentenceKeyReader()
        return align(old: old, new: new, reader: &reader)
    }

    /// The alignment `align(old:new:)` gives, reading the sentences through `reader`, which the sections of one
    /// comparison share so that a word's meaning is learnt once, not once per section.
    static func align(old: [String], new: [String], reader: inout SentenceKeyReader) -> SentenceAlignment {
        // Each sentence is read once into the ids of its normalised pieces: the exact key and the masked words
        // both come from them.
        let oldRead = old.map { reader.read($0) }
        let newRead = new.map { reader.read($0) }
        let oldKeys = oldRead.map(\.key)
        let newKeys = newRead.map(\.key)
        var pairs: [(Int, Int, Bool)] = []
        var usedOld = Set<Int>()
        var usedNew = Set<Int>()

        // 1. Equal normalised text. A sentence said once on each side pairs at once; repeated sentences pair
        // in order when both sides repeat them equally often, and otherwise by their neighbours and position,
        // so that editing one copy does not move the others.
        var newPositions: [SentenceKey: [Int]] = [:]
        var oldPositions: [SentenceKey: [Int]] = [:]
        for (j, key) in newKeys.enumerated() { newPositions[key, default: []].append(j) }
        for (i, key) in oldKeys.enumerated() { oldPositions[key, default: []].append(i) }
        for (i, key) in oldKeys.enumerated() where oldPositions[key]!.first == i {
            guard let news = newPositions[key] else { continue }
            for (i, j) in Self.pairRepeats(old: oldPositions[key]!, new: news, oldKeys: oldKeys, newKeys: newKeys) {
                pairs.append((i, j, true))
                usedOld.insert(i)
                usedNew.insert(j)
            }
        }
        pairs.sort { $0.0 < $1.0 }

        // 2. Similar text, through an index of shared words so only sentences that share a word are compared.
        // Words as sorted integer ids, so that similarity is a merge of two sorted arrays.
        let oldWords = oldRead.map(\.masked)
        let newWords = newRead.map(\.masked)
        let restNew = new.indices.filter { !usedNew.contains($0) }
        let restOld = old.indices.filter { !usedOld.contains($0) }
        var index: [Int: [Int]] = [:]
        for j in restNew { for word in Set(newWords[j]) { index[word, default: []].append(j) } }
        // A word in too many of the unpaired sentences, counted on both sides alike (so that comparing NEW
        // with OLD finds the pairs that OLD with NEW does), is no reason to compare two sentences.
        var frequency: [Int: Int] = [:]
        for i in restOld { for word in Set(oldWords[i]) { frequency[word, default: 0] += 1 } }
        for (word, list) in index { frequency[word, default: 0] += list.count }
        let common = max(8, (restOld.count + restNew.count) / 3)
        var scored: [(score: Double, old: Int, new: Int)] = []
        for i in restOld {
            var candidates = Set<Int>()
            for word in Set(oldWords[i]) {
                guard let list = index[word], frequency[word, default: 0] <= common else { continue }
                candidates.formUnion(list)
            }
            for j in candidates {
                let score = dice(oldWords[i], newWords[j])
                if score >= threshold { scored.append((score, i, j)) }
            }
        }
        scored.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let da = abs(a.old - a.new)
            let db = abs(b.old - b.new)
            if da != db { return da < db }
            return (a.old, a.new) < (b.old, b.new)
        }
        for candidate in scored where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            pairs.append((candidate.old, candidate.new, false))
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
        }

        // 3. Moves: what is not on the longest increasing run of new positions moved.
        pairs.sort { $0.0 < $1.0 }
        let inPlace = longestIncreasingSubsequence(pairs.map(\.1))
        let result = pairs.enumerated().map { offset, pair in
            SentenceAlignment.Pair(old: pair.0, new: pair.1, isExact: pair.2, isMoved: !inPlace.contains(offset))
        }
        return SentenceAlignment(
            pairs: result, unmatchedOld: old.indices.filter { !usedOld.contains($0) },
            unmatchedNew: new.indices.filter { !usedNew.contains($0) })
    }

    /// Occurrences of one sentence on both sides, paired in order: all of them when the counts agree, else
    /// each occurrence of the rarer side with the other side's occurrence whose neighbours agree most (then
    /// the nearest in position), keeping their order.
    static func pairRepeats<Key: Equatable>(old: [Int], new: [Int], oldKeys: [Key], newKeys: [Key]) -> [(Int, Int)] {
        if old.count == new.count { return Array(zip(old, new)) }
        let context = { (i: Int, j: Int) -> Int in
            var score = 0
            if i > 0 && j > 0 && oldKeys[i - 1] == newKeys[j - 1] { score += 1 }
            if i + 1 < oldKeys.count && j + 1 < newKeys.count && oldKeys[i + 1] == newKeys[j + 1] { score += 1 }
            return score
        }
        let swapped = old.count > new.count
        let (few, many) = swapped ? (new, old) : (old, new)
        var result: [(Int, Int)] = []
        var from = 0
        for (taken, a) in few.enumerated() {
            // Leave enough of the many side for the occurrences still to pair.
            let last = many.count - (few.count - taken)
            guard from <= last else { break }
            let best = (from...last).max { x, y in
                let (i1, j1) = swapped ? (many[x], a) : (a, many[x])
                let (i2, j2) = swapped ? (many[y], a) : (a, many[y])
                let (c1, c2) = (context(i1, j1), context(i2, j2))
                if c1 != c2 { return c1 < c2 }
                return abs(many[x] - a) > abs(many[y] - a)
            }!
            result.append(swapped ? (many[best], a) : (a, many[best]))
            from = best + 1
        }
        return result
    }

    /// The text compared for exact matches: numbers by value, case and quotation marks folded.
    public static func exactKey(_ sentence: String) -> String {
        NumberText.normalized(foldedQuotes(sentence))
    }

    static func foldedQuotes(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2013 && $0.value <= 0x201E }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“", "”", "„": out.append("\"")
            case "‘", "’": out.append("'")
            case "–", "—": out.append("-")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Words in lower case with every number replaced by "#".
    static func maskedWords(normalized: String) -> [String] {
        normalized.split(separator: " ").compactMap { word in
            if word.first?.isNumber == true { return "#" }
            guard word.contains(where: \.isLetter) else { return nil }
            return String(word)
        }
    }

    /// `maskedWords(normalized:)` as sorted interned ids, each word's text looked up, not copied: every
    /// number is the id of "#"; a piece without a letter is left out.
    static func maskedIDs(normalized: String, interner: inout TokenInterner) -> [Int] {
        let number = interner.id(of: "#")
        var ids: [Int] = []
        if normalized.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII text is one character per byte: pieces and their classes are read from the bytes.
            for bytes in normalized.utf8.split(separator: 0x20) {
                if bytes.first!.isASCIIDigit {
                    ids.append(number)
                } else if bytes.contains(where: \.isASCIILetter) {
                    ids.append(interner.id(of: Substring(bytes)))
                }
            }
        } else {
            for piece in normalized.split(separator: " ") {
                if piece.first?.isNumber == true {
                    ids.append(number)
                } else if piece.contains(where: \.isLetter) {
                    ids.append(interner.id(of: piece))
                }
            }
        }
        return ids.sorted()
    }

    /// Dice coefficient of two word multisets, each given as sorted ids.
    static func dice(_ a: [Int], _ b: [Int]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// Positions (into `values`) of one longest strictly increasing subsequence, in O(n log n).
    static func longestIncreasingSubsequence(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []  // position of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (position, value) in values.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < value { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[position] = tails[low - 1] }
            if low == tails.count { tails.append(position) } else { tails[low] = position }
        }
        var result = Set<Int>()
        var position = tails.last ?? -1
        while position >= 0 {
            result.insert(position)
            position = previous[position]
        }
        return result
    }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    fileprivate var isASCIILetter: Bool { self >= 0x41 && self <= 0x5A || self >= 0x61 && self <= 0x7A }
}
