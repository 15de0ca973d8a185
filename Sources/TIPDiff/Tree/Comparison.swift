/// Two year folders (or two editions) compared: the root of the change tree, with one node per country in
/// both, and the countries in only one.
public struct Comparison: Sendable, ChangeNode {
    /// One comparison per country present in both, in NEW's order.
    public var countries: [CountryComparison]
    /// Countries only one side has.
    public var countryChanges: [Identified<CountryChange>]
    /// Countries only one side holds that did not enter or leave the report: not compared.
    public var notCompared: [UncomparedCountry]

    public init(countries: [CountryComparison], countryChanges: [Identified<CountryChange>] = [], notCompared: [UncomparedCountry] = []) {
        self.countries = countries
        self.countryChanges = countryChanges
        self.notCompared = notCompared
    }

    /// The country changes, then the countries.
    public var children: [any ChangeNode] { (countryChanges as [any ChangeNode]) + (countries as [any ChangeNode]) }

    public func accept<V: ChangeVisitor>(_ visitor: inout V) throws(V.Failure) -> V.Result { try visitor.visitComparison(self) }

    /// How many changes there are in all.
    public var changeCount: Int { countryChanges.count + countries.reduce(0) { $0 + $1.changes.count } }

    /// Counts by kind over every country, in kind order.
    public var summary: [(kind: ChangeKind, count: Int)] {
        var counts: [ChangeKind: Int] = [:]
        for change in countryChanges { counts[change.presence == .added ? .countryAdded : .countryRemoved, default: 0] += 1 }
        for country in countries {
            for (kind, n) in country.summary { counts[kind, default: 0] += n }
        }
        return counts.sorted { $0.key < $1.key }.map { (kind: $0.key, count: $0.value) }
    }
}
