/// One prioritized recommendation of one country across the archive: first printed, each year repeated
/// (verbatim or reworded), and dropped.
public struct LedgerEntry: Sendable, Hashable, Encodable {
    /// "R1", "R2", ... in the order the recommendations first appear (then their order in that edition).
    public var id: String
    public var firstYear: Int
    /// The edition that no longer has it, when a later edition of the country exists.
    public var droppedYear: Int?
    /// The recommendation as it was last printed.
    public var text: String
    /// Oldest first; a `dropped` year closes it.
    public var years: [LedgerYear]

    public init(id: String, firstYear: Int, droppedYear: Int?, text: String, years: [LedgerYear]) {
        self.id = id
        self.firstYear = firstYear
        self.droppedYear = droppedYear
        self.text = text
        self.years = years
    }

    /// Its status in `year`, if it was printed or dropped then.
    public func status(in year: Int) -> LedgerStatus? { years.first { $0.year == year }?.status }
}
