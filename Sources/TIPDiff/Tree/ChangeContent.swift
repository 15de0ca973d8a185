import TIPModel
import TIPSupport

/// What a change's id is derived from, read off its draft: the section, the old and new content, the statistic
/// key, and for a country change the country it names.
struct ChangeContent {
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

    /// The content of a draft, read off its payload.
    init(_ draft: ChangeDraft) {
        switch draft {
        case .tier(let change): (section, old, new) = (.headline, change.oldSummary, change.newSummary)
        case .effort(let change): (section, old, new) = (.headline, change.old?.rawValue, change.new?.rawValue)
        case .verdict(let change): (section, old, new) = (change.section, change.oldPhrase, change.newPhrase)
        case .section(let change):
            section = change.section
            if change.presence == .added { new = change.heading } else { old = change.heading }
        case .sentence(let change): (section, old, new) = (change.section, change.old, change.new)
        case .term(let change): (old, new) = (change.old, change.new)
        case .statistic(let change): (section, old, new, key) = (change.section, change.old?.text, change.new?.text, change.key)
        case .format(let change): (section, old, new) = (change.section, change.old, change.new)
        case .recommendation(let change): (section, old, new) = (.recommendations, change.old, change.new)
        case .country(let change):
            country = change.country
            if change.presence == .added { new = change.path } else { old = change.path }
        }
    }
}
