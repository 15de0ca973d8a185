/// What a figure counts, in the report's words: the measure's key word and the label a person reads.
public struct Measure: Sendable, Hashable {
    /// The measure's part of a key ("victims-identified").
    public var name: String
    /// What a reader sees ("Victims identified").
    public var label: String

    public init(name: String, label: String) {
        self.name = name
        self.label = label
    }

    /// The measures the report states year after year, in the words it uses for them.
    public static let vocabulary: [Measure] = [
        Measure(name: "investigations", label: "Investigations"),
        Measure(name: "prosecutions", label: "Prosecutions"),
        Measure(name: "convictions", label: "Convictions"),
        Measure(name: "defendants", label: "Defendants"),
        Measure(name: "cases", label: "Cases"),
        Measure(name: "sentences", label: "Sentences"),
        Measure(name: "penalties", label: "Penalties"),
        Measure(name: "victims", label: "Victims"),
        Measure(name: "victims-identified", label: "Victims identified"),
        Measure(name: "victims-referred", label: "Victims referred"),
        Measure(name: "victims-assisted", label: "Victims assisted"),
        Measure(name: "victims-repatriated", label: "Victims repatriated"),
        Measure(name: "officials-trained", label: "Officials trained"),
        Measure(name: "shelters", label: "Shelters"),
        Measure(name: "budgets", label: "Budgets"),
        Measure(name: "labor-inspections", label: "Labor inspections"),
        Measure(name: "labor-violations", label: "Labor violations"),
        Measure(name: "hotline-calls", label: "Hotline contacts"),
    ]

    /// The words a key adds after its measure, in the order keys give them, and how a label says them.
    public static let qualifiers: [(name: String, label: String)] = [
        ("domestic", "domestic"), ("transnational", "transnational"), ("foreign", "foreign nationals"),
        ("sex-trafficking", "sex trafficking"), ("labor-trafficking", "labor trafficking"),
        ("forced-begging", "forced begging"), ("female", "female"), ("male", "male"), ("child", "children"),
        ("adult", "adults"), ("confirmed", "confirmed"), ("potential", "potential"), ("suspected", "suspected"),
        ("presumed", "presumed"),
    ]

    /// The vocabulary's measure of that name, or `nil` for a measure the text names in its own words.
    public static func named(_ name: String) -> Measure? { vocabulary.first { $0.name == name } }

    /// The label of a key: its measure, then its qualifiers, then the unit where it is not a count
    /// ("protection.victims-identified.sex-trafficking.child" → "Victims identified, sex trafficking, children";
    /// "prosecution.penalties" in years → "Penalties (years of imprisonment)").
    public static func label(ofKey key: String, unit: Statistic.Unit, currency: String? = nil) -> String {
        let parts = key.split(separator: ".").map(String.init)
        guard parts.count > 1 else { return sentenceCase(words(of: key)) }
        let measure = parts[1]
        var text = named(measure)?.label ?? sentenceCase(words(of: measure))
        let said = parts.dropFirst(2).map { part in qualifiers.first { $0.name == part }?.label ?? words(of: part) }
        if !said.isEmpty { text += ", " + said.joined(separator: ", ") }
        switch unit {
        case .count: break
        case _ where measure.hasSuffix(unit.description): break
        case .years, .months, .days, .hours:
            let imprisonment = measure == "sentences" || measure == "penalties"
            text += " (" + unit.description + (imprisonment ? " of imprisonment" : "") + ")"
        case .money: text += " (" + (currency ?? "money") + ")"
        case .percent: text += " (percent)"
        case .other(let name): text += " (" + name + ")"
        }
        return text
    }

    private static func words(of part: String) -> String { part.replacingOccurrences(of: "-", with: " ") }

    private static func sentenceCase(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
