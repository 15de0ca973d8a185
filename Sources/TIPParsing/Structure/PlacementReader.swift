import TIPModel
import TIPSupport

/// Reads the tier placement, movement, waiver and "policy or pattern" finding from a narrative's headline.
enum PlacementReader {
    /// The placement that `headline` (the headline's text, white space folded) states, falling back on
    /// the tier a heading gave.
    static func placement(in headline: String, headingTier: Tier?) -> TierPlacement {
        let text = headline.replacingOccurrences(of: "’", with: "'")
        let lower = text.lowercased()
        var placement = TierPlacement()
        var earliest: (offset: Int, tier: Tier, movement: Movement, statement: String)?
        for (regex, movement, keywords) in Patterns.movements where keywords.contains(where: lower.contains) {
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
        } else if lower.contains("tier") || lower.contains("special"), let match = lower.firstMatch(of: Patterns.placedOn),
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
        placement.waiver = grantsWaiver(lower)
        placement.policyOrPattern = findsPolicyOrPattern(lower)
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

    private static func grantsWaiver(_ lower: String) -> Bool {
        guard lower.contains("waiver") else { return false }
        if lower.contains("not granted a waiver") || lower.contains("did not receive a waiver") || lower.contains("without a waiver") {
            return false
        }
        return lower.contains("granted a waiver") || lower.contains("received a waiver")
            || lower.contains("waiver") && lower.contains("otherwise required downgrade")
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
