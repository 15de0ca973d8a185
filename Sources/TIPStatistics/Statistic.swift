import TIPModel

/// A figure stated in an edition, with what it counts, when, and a key that stays the same across editions.
public struct Statistic: Sendable, Hashable, Codable {
    /// What kind of quantity a figure is.
    public enum Unit: Sendable, Hashable, Codable, CustomStringConvertible {
        case count, percent, money, years, months, days, hours
        case other(String)

        public var description: String {
            switch self {
            case .count: "count"
            case .percent: "percent"
            case .money: "money"
            case .years: "years"
            case .months: "months"
            case .days: "days"
            case .hours: "hours"
            case .other(let name): name
            }
        }

        public init(from decoder: Decoder) throws {
            let name = try decoder.singleValueContainer().decode(String.self)
            self = [Unit.count, .percent, .money, .years, .months, .days, .hours].first { $0.description == name } ?? .other(name)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }

        /// A number written in this unit: dollars with "$", percentages with "%", others as they are.
        public func written(_ number: String, currency: String?) -> String {
            switch self {
            case .money where currency == "USD": "$" + number
            case .percent: number + "%"
            default: number
            }
        }
    }

    /// Position in the edition's list of statistics.
    public var index: Int
    /// The figure as written ("1,818", "seven to 15 years", "$4.9 billion").
    public var text: String
    public var value: Double
    /// The upper end of a range ("seven to 15 years" → 15).
    public var upper: Double?
    /// An upper end that is not a number ("10 years to life" → "life").
    public var openUpper: String?
    /// The unit of a range's upper end when it is not the lower end's ("six months to 18 years" → years).
    public var upperUnit: Unit?
    public var unit: Unit
    /// ISO code of a money figure's currency ("USD"), or the word the text uses.
    public var currency: String?
    /// "approximately", "more than", "at least", ... when stated.
    public var qualifier: String?
    /// What is counted ("domestic trafficking cases", "labor inspections").
    public var counted: String
    /// The verb that produced the figure ("investigated", "conducted").
    public var action: String?
    /// Who the sentence says gave the figure ("ngo" for "NGOs reported ..."), when it says.
    public var source: String?
    /// The reference year or span ("in 2023", "calendar year 2023", "between June 2023 and February 2024").
    public var period: String?
    /// The period in the calendar: "2016", "FY 2018", "2016-2018"; for a figure that names none, the edition's
    /// reporting period (the year before the edition's, unless the text states a calendar or fiscal year).
    public var resolvedPeriod: String?
    /// Whether the figure is an earlier period's, given for comparison ("This compared with seven ... in 2022").
    public var prior: Bool
    /// The index of the current figure this earlier one is compared with.
    public var priorOf: Int?
    public var section: SectionKind
    /// Index of the sentence in its section.
    public var sentence: Int
    public var range: TextRange
    /// Stable across editions: section, what is measured and its qualifiers ("prosecution.investigations.domestic").
    public var key: String

    public init(
        index: Int, text: String, value: Double, upper: Double? = nil, openUpper: String? = nil, unit: Unit,
        currency: String? = nil, qualifier: String? = nil, counted: String, action: String? = nil,
        period: String? = nil, prior: Bool = false, priorOf: Int? = nil, section: SectionKind, sentence: Int,
        range: TextRange, key: String
    ) {
        self.index = index
        self.text = text
        self.value = value
        self.upper = upper
        self.openUpper = openUpper
        self.unit = unit
        self.currency = currency
        self.qualifier = qualifier
        self.counted = counted
        self.action = action
        self.period = period
        self.prior = prior
        self.priorOf = priorOf
        self.section = section
        self.sentence = sentence
        self.range = range
        self.key = key
    }

    private enum CodingKeys: String, CodingKey {
        case index, text, value, upper, openUpper, upperUnit, unit, currency, qualifier, counted, action, source, period, resolvedPeriod,
            prior, priorOf,
            section, sentence, range, key
    }

    /// What `encode(to:)` writes: the stored fields and the derived role.
    private enum EncodingKeys: String, CodingKey {
        case index, text, value, upper, openUpper, upperUnit, unit, currency, qualifier, counted, action, source, period, resolvedPeriod,
            role,
            prior, priorOf,
            section, sentence, range, key, label
    }

    /// Every field, `null` included, so that scripts can rely on the keys being there.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: EncodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encode(text, forKey: .text)
        try c.encode(value, forKey: .value)
        try c.encode(upper, forKey: .upper)
        try c.encode(openUpper, forKey: .openUpper)
        try c.encode(upperUnit, forKey: .upperUnit)
        try c.encode(unit, forKey: .unit)
        try c.encode(currency, forKey: .currency)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(counted, forKey: .counted)
        try c.encode(action, forKey: .action)
        try c.encode(source, forKey: .source)
        try c.encode(period, forKey: .period)
        try c.encode(resolvedPeriod, forKey: .resolvedPeriod)
        try c.encode(role, forKey: .role)
        try c.encode(prior, forKey: .prior)
        try c.encode(priorOf, forKey: .priorOf)
        try c.encode(section, forKey: .section)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(range, forKey: .range)
        try c.encode(key, forKey: .key)
        try c.encode(label, forKey: .label)
    }

    /// What the figure counts, for a reader ("Victims identified, sex trafficking, children"): the key said in words.
    public var label: String { Measure.label(ofKey: key, unit: unit, currency: currency) }

    /// "current" for the reporting period's figures, "comparison" for an earlier period's restated beside them.
    public var role: String { prior ? "comparison" : "current" }

    /// The value as people write it: "1818", "4900000000", "4.5", "0.00001"; always plain decimal notation,
    /// never an exponent ("1e-05"), so that every xs:decimal the report writes is one.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let shortest = String(value)
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(shortest[shortest.index(after: e)...])
        else { return shortest }
        let mantissa = shortest[..<e]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        let unsigned = mantissa.drop { $0 == "-" }
        let digits = unsigned.filter { $0 != "." }
        let point = (unsigned.firstIndex(of: ".").map { unsigned.distance(from: unsigned.startIndex, to: $0) } ?? unsigned.count) + exponent
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }

    /// The value for a reader: "1,818", "4.9 billion", "1.2 million".
    public static func readable(_ value: Double) -> String {
        for (scale, word) in [(1e9, "billion"), (1e6, "million")] where abs(value) >= scale {
            let scaled = (value / scale * 100).rounded() / 100
            return format(scaled) + " " + word
        }
        guard value == value.rounded(), abs(value) >= 1000 else { return format(value) }
        var digits = String(Int64(abs(value)))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + digits + grouped
    }

    /// The value (or range) in short: "7-15", "10-life", "1818"; a range of two units in full: "6 months-8 years".
    public var valueText: String {
        if let upper, let upperUnit { return "\(Self.format(value)) \(unit)-\(Self.format(upper)) \(upperUnit)" }
        var text = Self.format(value)
        if let upper { text += "-" + Self.format(upper) } else if let openUpper { text += " to " + openUpper }
        return text
    }
}
