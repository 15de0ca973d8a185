import TIPModel

/// Recommendations carried over, reworded, added or dropped.
public enum RecommendationComparison {
    /// Pairs two years' recommendation items (exact first, then reworded), ignoring the closing mark:
    /// items cut from a ";" list and written as bullets differ only there.
    public static func align(_ old: [Recommendation], _ new: [Recommendation]) -> SentenceAlignment {
        SentenceAligner.align(old: old.map { comparable($0.text) }, new: new.map { comparable($0.text) })
    }

    static func changes(_ old: [Recommendation], _ new: [Recommendation]) -> [RecommendationChange] {
        let alignment = align(old, new)
        var changes: [RecommendationChange] = []
        let side = { (items: [Recommendation], index: Int) in
            ChangeSide(section: .recommendations, index: index, text: items[index].text, range: items[index].range)
        }
        for pair in alignment.pairs where !pair.isExact {
            changes.append(
                RecommendationChange(
                    sides: .both(old: side(old, pair.old), new: side(new, pair.new)),
                    edits: WordDiff.edits(old[pair.old].text, new[pair.new].text)))
        }
        for index in alignment.unmatchedOld { changes.append(RecommendationChange(sides: .removed(side(old, index)))) }
        for index in alignment.unmatchedNew { changes.append(RecommendationChange(sides: .added(side(new, index)))) }
        return changes
    }

    private static func comparable(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, ".;,".contains(last) { s.removeLast() }
        return String(s)
    }
}
