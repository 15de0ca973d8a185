/// Recommendations carried over, reworded, added or dropped.
import TIPModel

public enum RecommendationComparison {
    /// Pairs two years' recommendation items (exact first, then reworded), ignoring the closing mark:
    /// items cut from a ";" list and written as bullets differ only there.
    public static func align(_ old: [Recommendation], _ new: [Recommendation]) -> SentenceAlignment {
        SentenceAligner.align(old: old.map { comparable($0.text) }, new: new.map { comparable($0.text) })
    }

    static func changes(_ old: [Recommendation], _ new: [Recommendation]) -> [RecommendationChange] {
        let alignment = align(old, new)
        var changes: [RecommendationChange] = []
        for pair in alignment.pairs where !pair.isExact {
            var change = RecommendationChange(.reworded)
            change.oldIndex = pair.old
            change.newIndex = pair.new
            change.old = old[pair.old].text
            change.new = new[pair.new].text
            change.oldRange = old[pair.old].range
            change.newRange = new[pair.new].range
            change.edits = WordDiff.edits(old[pair.old].text, new[pair.new].text)
            changes.append(change)
        }
        for index in alignment.unmatchedOld {
            var change = RecommendationChange(.removed)
            change.oldIndex = index
            change.old = old[index].text
            change.oldRange = old[index].range
            changes.append(change)
        }
        for index in alignment.unmatchedNew {
            var change = RecommendationChange(.added)
            change.newIndex = index
            change.new = new[index].text
            change.newRange = new[index].range
            changes.append(change)
        }
        return changes
    }

    private static func comparable(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, ".;,".contains(last) { s.removeLast() }
        return String(s)
    }
}
