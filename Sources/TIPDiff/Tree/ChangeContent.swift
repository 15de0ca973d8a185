import TIPModel
import TIPSupport

/// What a change's id is derived from, read off the node: the section, the old and new content, the statistic
/// key, and for a country change the country it names.
struct ChangeContent: ChangeVisitor {
    var country: String?
    var section: SectionKind?
    var old: String?
    var new: String?
    var key: String?

    /// The id: a short kind prefix and the first 12 hex digits of SHA-256 over the content.
    func identifier(kind: ChangeKind, country fallback: String) -> String {
        let content = [kind.rawValue, CountryKey.of(country ?? fallback), section?.rawValue ?? "", old ?? "", new ?? "", key ?? ""]
            .joined(separator: "\u{1F}")
        return kind.rawValue + "-" + String(ContentHash.hex(of: Array(content.utf8)).prefix(12))
    }

    mutating func defaultVisit(_ node: any ChangeNode) {}

    mutating func visitTier(_ change: TierChange) { (section, old, new) = (.headline, change.oldSummary, change.newSummary) }
    mutating func visitEffort(_ change: EffortChange) { (section, old, new) = (.headline, change.old?.rawValue, change.new?.rawValue) }
    mutating func visitVerdict(_ change: VerdictChange) { (section, old, new) = (change.section, change.oldPhrase, change.newPhrase) }

    mutating func visitSectionChange(_ change: SectionChange) {
        section = change.section
        if change.presence == .added { new = change.heading } else { old = change.heading }
    }

    mutating func visitSentence(_ change: SentenceChange) { (section, old, new) = (change.section, change.old, change.new) }
    mutating func visitTerm(_ change: TermChange) { (old, new) = (change.old, change.new) }

    mutating func visitStatistic(_ change: StatisticChange) {
        (section, old, new, key) = (change.section, change.old?.text, change.new?.text, change.key)
    }

    mutating func visitFormat(_ change: FormatChange) { (section, old, new) = (change.section, change.old, change.new) }

    mutating func visitRecommendation(_ change: RecommendationChange) {
        (section, old, new) = (.recommendations, change.old, change.new)
    }

    mutating func visitCountryChange(_ change: CountryChange) {
        country = change.country
        if change.presence == .added { new = change.path } else { old = change.path }
    }
}
