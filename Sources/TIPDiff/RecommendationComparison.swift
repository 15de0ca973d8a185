/// Recommendations carried over, reworded, added or dropped.
import TIPModel

enum RecommendationComparison {
    /// Reworded items pair when their word similarity reaches this.
    static let threshold = 0.5

    static func changes(_ old: [Recommendation], _ new: [Recommendation]) -> [Change] {
        // Items cut from a ";" list and written as bullets differ only in their closing mark.
        let alignment = SentenceAligner.align(old: old.map { comparable($0.text) }, new: new.map { comparable($0.text) })
        var changes: [Change] = []
        for pair in alignment.pairs where !pair.isExact {
            var change = Change(kind: .recommendationReworded, section: .recommendations)
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
            var change = Change(kind: .recommendationRemoved, section: .recommendations)
            change.oldIndex = index
            change.old = old[index].text
            change.oldRange = old[index].range
            changes.append(change)
        }
        for index in alignment.unmatchedNew {
            var change = Change(kind: .recommendationAdded, section: .recommendations)
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
