/// Who made a tracked change and when: the newer edition, named with the older one, on a date of its year.
struct WordRevision: Sendable, Equatable {
    var author: String
    /// An ISO 8601 time, as `w:date` takes it.
    var date: String

    /// "TIP 2025 edition (changes from 2024)", dated the first day of the newer edition's year.
    init(oldYear: Int?, newYear: Int?) {
        let new = newYear.map { "TIP \($0) edition" } ?? "the newer TIP edition"
        author = new + (oldYear.map { " (changes from \($0))" } ?? "")
        date = newYear.map { String(format: "%04d-01-01T00:00:00Z", $0) } ?? "1980-01-01T00:00:00Z"
    }
}
