import TIPModel
import TIPStatistics
import TIPSupport

/// A short replacement, case folded: "government" → "regime".
struct TermPair: Hashable {
    var old: String
    var new: String

    init?(_ group: (delete: String, insert: String)) {
        let a = group.delete.trimmingSpaces
        let b = group.insert.trimmingSpaces
        guard !a.isEmpty, !b.isEmpty, a.split(separator: " ").count <= 3, b.split(separator: " ").count <= 3,
            a.contains(where: \.isLetter), b.contains(where: \.isLetter), NumberText.value(of: a) == nil
        else { return nil }
        old = a.lowercased()
        new = b.lowercased()
    }
}
