import TIPAnnotations
import TIPDiff
import TIPModel

/// The words a person reads for the report's machine names: kinds of change, sections, where a note
/// landed and which way a tier moved. The stylesheet holds the same words for the HTML; keys stay in the
/// XML, the JSON and the CSV's technical columns.
public enum PlainWords {
    /// A kind of change as a count's label: "sentences reworded", "figures no longer given".
    public static func counted(_ kind: ChangeKind) -> String {
        switch kind {
        case .tier: "tier placement"
        case .effort: "effort finding"
        case .verdict: "verdicts"
        case .sectionAdded: "sections added"
        case .sectionRemoved: "sections removed"
        case .sentenceAdded: "sentences added"
        case .sentenceRemoved: "sentences removed"
        case .sentenceModified: "sentences reworded"
        case .sentenceMoved: "sentences moved"
        case .term: "words replaced throughout"
        case .statisticChanged: "figures changed"
        case .statisticAdded: "figures new in this edition"
        case .statisticRemoved: "figures no longer given"
        case .statisticRevised: "earlier figures revised"
        case .statisticRedefined: "figures now counted by another source"
        case .formatOnly: "numbers written differently"
        case .recommendationAdded: "recommendations added"
        case .recommendationRemoved: "recommendations dropped"
        case .recommendationReworded: "recommendations reworded"
        case .countryAdded: "countries new in the report"
        case .countryRemoved: "countries that left the report"
        }
    }

    /// A kind of change as one row's label: "sentence reworded", "figure no longer given".
    public static func one(_ kind: ChangeKind) -> String {
        switch kind {
        case .tier: "tier placement changed"
        case .effort: "effort finding changed"
        case .verdict: "verdict changed"
        case .sectionAdded: "section added"
        case .sectionRemoved: "section removed"
        case .sentenceAdded: "sentence added"
        case .sentenceRemoved: "sentence removed"
        case .sentenceModified: "sentence reworded"
        case .sentenceMoved: "sentence moved"
        case .term: "word replaced throughout"
        case .statisticChanged: "figure changed"
        case .statisticAdded: "figure new in this edition"
        case .statisticRemoved: "figure no longer given"
        case .statisticRevised: "earlier figure revised"
        case .statisticRedefined: "figure now counted by another source"
        case .formatOnly: "number written differently"
        case .recommendationAdded: "recommendation added"
        case .recommendationRemoved: "recommendation dropped"
        case .recommendationReworded: "recommendation reworded"
        case .countryAdded: "country new in the report"
        case .countryRemoved: "country left the report"
        }
    }

    /// A section's name as the report's reader knows it: "Trafficking profile".
    public static func section(_ kind: SectionKind) -> String {
        switch kind {
        case .headline: "Headline"
        case .recommendations: "Recommendations"
        case .prosecution: "Prosecution"
        case .protection: "Protection"
        case .prevention: "Prevention"
        case .profile: "Trafficking profile"
        case .other: "Other text"
        }
    }

    /// Where a note landed: "placed exactly", "could not be placed".
    public static func state(_ state: Resolution.State) -> String {
        switch state {
        case .exact: "placed exactly"
        case .fuzzy: "placed approximately"
        case .moved: "its sentence moved"
        case .orphaned: "could not be placed"
        }
    }

    /// A tier change as one statement: "downgraded from Tier 2 Watch List to Tier 3", "stays on Tier 3".
    public static func tier(_ change: TierChange?, now placement: Tier) -> String {
        guard let change, change.old.placement != change.new.placement else { return "stays on \(placement.rawValue)" }
        let (old, new) = (change.old.placement.rawValue, change.new.placement.rawValue)
        switch change.direction {
        case .upgrade: return "upgraded from \(old) to \(new)"
        case .downgrade: return "downgraded from \(old) to \(new)"
        case .changed, .unchanged: return "placed on \(new) instead of \(old)"
        }
    }
}
