import TIPModel
import TIPSupport

/// Reads the tier placement, movement, waiver and "policy or pattern" finding from a narrative's headline.
enum PlacementReader {
    /// The placement that `headline` (the headline's text, white space folded) states, falling back on
    /// the tier a heading gave.
    static func placement(in headline: String, headingTier: Tier?) -> TierPlacement {
        // Most headlines are ASCII but for curly quotes: their tests then run on bytes, with the same results
        // as the general path below (every character one byte or one quotation mark).
        let simple = ByteSearch.isQuotedASCII(headline)
        let text = simple ? ByteSearch.replacing("’", with: "'", in: headline) : headline.replacingOccurrences(of: "’", with: "'")
        let lower = simple ? ByteSearch.asciiLowercased(text) : text.lowercased()
        let holds: (String) -> Bool = simple ? { ByteSearch.contains(lower, $0) } : { lower.contains($0) }
        var placement = TierPlacement()
        var earliest: (offset: Int, tier: Tier, movement: Movement, statement: String)?
        for (regex, movement, keywords) in Patterns.movements where keywords.contains(where: holds) {
            guard let match = lower.firstMatch(of: regex) else { continue }
            guard let tier = trailingTier(in: lower[match.range]) else { continue }
            let offset = lower.distance(from: lower.startIndex, to: match.range.lowerBound)
            if earliest == nil || offset < earliest!.offset {
                earliest = (offset, tier, movement, sentenceAround(match.range, in: text))
            }
        }
        if let earliest {
            placement.placement = earliest.tier
            placement.movement = earliest.movement
            placement.previous = earliest.movement == .remained ? earliest.tier : previousTier(in: earliest.statement)
            placement.statement = earliest.statement
            placement.source = .statement
        } else if holds("tier") || holds("special"), let match = lower.firstMatch(of: Patterns.placedOn),
            let tier = trailingTier(in: lower[match.range])
        {
            placement.placement = tier
            placement.statement = sentenceAround(match.range, in: text)
            placement.source = .statement
            // "... is placed on Tier 2 Watch List for the third consecutive year": it stayed there.
            if placement.statement?.lowercased().contains("consecutive year") == true {
                placement.movement = .remained
                placement.previous = tier
            }
        }
        if placement.placement == .unknown, let headingTier {
            placement.placement = headingTier
            placement.source = .heading
        }
        if placement.placement == .unknown { Self.formula(in: lower, into: &placement) }
        // Only the sentence that states the placement says how long a country has been on the Watch List;
        // "for the fifth consecutive year, officials convicted no traffickers" says nothing of the tier.
        placement.consecutiveYears = placement.statement.flatMap { consecutiveYears(in: $0.lowercased()) }
        placement.effort = EffortFinding.stated(in: lower)
        placement.waiver = grantsWaiver(holds)
        placement.policyOrPattern = simple ? findsPolicyOrPattern(asciiLower: lower) : findsPolicyOrPattern(lower)
        return placement
    }

    /// The tier the headline's formula implies, when nothing else states one.
    private static func formula(in lower: String, into placement: inout TierPlacement) {
        switch EffortFinding.stated(in: lower) {
        case .meetsStandards?: placement.placement = .tier1
        case .noSignificantEfforts?: placement.placement = .tier3
        case .significantEfforts?: placement.possible = [.tier2, .tier2WatchList]
        case nil: return
        }
        placement.source = .headlineFormula
    }

    /// "... was downgraded from Tier 2 Watch List to Tier 3" → Tier 2 Watch List.
    private static func previousTier(in statement: String) -> Tier? {
        guard let match = statement.lowercased().firstMatch(of: Patterns.gradedFrom) else { return nil }
        return trailingTier(in: match.output[0].substring ?? "")
    }

    /// The tier named at the end of a matched phrase ("remained on tier 2 watch list" → Tier 2 Watch List).
    private static func trailingTier(in phrase: Substring) -> Tier? {
        guard let match = phrase.firstMatch(of: Patterns.trailingTier) else { return nil }
        return Tier(spelling: String(phrase[match.range]))
    }

    private static let ordinals = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    ]

    private static func consecutiveYears(in lower: String) -> Int? {
        guard
            lower.contains("consecutive"), let match = lower.firstMatch(of: Patterns.consecutiveYears)
        else { return nil }
        let word = String(match.output.ordinal ?? match.output.count ?? "")
        if let number = Int(word.filter(\.isNumber)), word.first?.isNumber == true { return number }
        return ordinals[word]
    }

    /// Whether the headline (tested through `holds`, a substring test on its lower-cased text) grants a waiver.
    private static func grantsWaiver(_ holds: (String) -> Bool) -> Bool {
        guard holds("waiver") else { return false }
        if holds("not granted a waiver") || holds("did not receive a waiver") || holds("without a waiver") {
            return false
        }
        return holds("granted a waiver") || holds("received a waiver") || holds("waiver") && holds("otherwise required downgrade")
    }

    /// `findsPolicyOrPattern` for lower-cased text of ASCII and curly double quotes, on its bytes.
    private static func findsPolicyOrPattern(asciiLower lower: String) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(lower.utf8.count)
        // Such text holds no other non-ASCII scalar than “ and ”, which fold to a straight quote.
        for scalar in lower.unicodeScalars {
            folded.append(scalar == "“" || scalar == "”" ? UInt8(ascii: "\"") : UInt8(truncatingIfNeeded: scalar.value))
        }
        guard let at = ByteSearch.firstOffset(of: "policy or pattern".utf8, in: folded) else { return false }
        let before = folded[max(0, at - 30)..<at]
        return !["was no ", "not a ", "no \"", "not find"].contains { ByteSearch.firstOffset(of: $0.utf8, in: before) != nil }
    }

    private static func findsPolicyOrPattern(_ lower: String) -> Bool {
        let folded = lower.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        guard let range = folded.range(of: "policy or pattern") else { return false }
        let before = folded[
            folded.index(
                range.lowerBound, offsetBy: -min(30, folded.distance(from: folded.startIndex, to: range.lowerBound)))..<range.lowerBound]
        return !(before.contains("was no ") || before.contains("not a ") || before.contains("no \"") || before.contains("not find"))
    }

    /// The sentence of `text` around a match, for the record of what stated the placement.
    private static func sentenceAround(_ range: Range<String.Index>, in text: String) -> String {
        let before = text[..<range.lowerBound]
        let start = before.lastIndex(where: { $0 == "." }).map { text.index(after: $0) } ?? text.startIndex
        let after = text[range.upperBound...]
        let end = after.firstIndex(where: { $0 == "." }).map { text.index(after: $0) } ?? text.endIndex
        return text[start..<end].trimmingSpaces
    }
}
