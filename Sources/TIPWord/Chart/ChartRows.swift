import TIPDiff
import TIPModel

/// The chart's row for one change, read off its node: both texts, what happened in words, and where each text
/// stands. Changes a person would not quote (format-only rewritings, whole sections) give no row.
struct ChartRows: ChangeVisitor {
    let country: CountryComparison

    mutating func defaultVisit(_ node: any ChangeNode) -> ChartRow? { nil }

    private func row(
        _ section: SectionKind, old: String?, new: String?, kind: String, oldPosition: String?, newPosition: String?
    ) -> ChartRow {
        let name = country.sections.first { $0.kind == section }?.heading ?? WordBody.name(of: section)
        func place(_ side: ComparedEdition, _ position: String?) -> ChartRow.Place? {
            position.map { ChartRow.Place(file: side.edition.source.path, sha256: side.edition.source.sha256, section: name, position: $0) }
        }
        return ChartRow(
            country: country.country, section: name, old: old ?? "", new: new ?? "", kind: kind, notes: [],
            oldPlace: place(country.old, oldPosition), newPlace: place(country.new, newPosition))
    }

    private static func sentence(_ index: Int?) -> String? { index.map { "sentence \($0 + 1)" } }

    mutating func visitTier(_ change: Identified<TierChange>) -> ChartRow? {
        let words = change.direction == .unchanged ? "tier statement reworded" : "tier \(change.direction.rawValue)"
        return row(
            .headline, old: change.old.statement ?? change.oldSummary, new: change.new.statement ?? change.newSummary, kind: words,
            oldPosition: "tier statement", newPosition: "tier statement")
    }

    mutating func visitEffort(_ change: Identified<EffortChange>) -> ChartRow? {
        row(
            .headline, old: change.old?.rawValue, new: change.new?.rawValue, kind: "effort finding changed",
            oldPosition: change.old.map { _ in "effort finding" }, newPosition: change.new.map { _ in "effort finding" })
    }

    mutating func visitVerdict(_ change: Identified<VerdictChange>) -> ChartRow? {
        row(
            change.section, old: change.oldPhrase, new: change.newPhrase, kind: "verdict changed", oldPosition: "sentence 1",
            newPosition: "sentence 1")
    }

    mutating func visitSentence(_ change: Identified<SentenceChange>) -> ChartRow? {
        let count = change.length ?? 1
        let kind: String
        switch change.operation {
        case .added: kind = count > 1 ? "\(count) sentences added" : "sentence added"
        case .removed: kind = count > 1 ? "\(count) sentences removed" : "sentence removed"
        case .modified: kind = "sentence reworded"
        case .moved: kind = change.edits == nil ? "sentence moved" : "sentence moved and reworded"
        }
        return row(
            change.section, old: change.old, new: change.new, kind: kind, oldPosition: Self.sentence(change.oldIndex),
            newPosition: Self.sentence(change.newIndex))
    }

    mutating func visitStatistic(_ change: Identified<StatisticChange>) -> ChartRow? {
        let words: String
        switch change.operation {
        case .changed: words = "figure changed: \(change.label)"
        case .added: words = "figure added: \(change.label)"
        case .removed: words = "figure removed: \(change.label)"
        case .revised: words = "earlier figure revised: \(change.label)"
        case .restated: words = "figure restated: \(change.label)"
        case .redefined: words = "figure redefined: \(change.label)"
        }
        return row(
            change.section, old: change.old?.text, new: change.new?.text, kind: words, oldPosition: Self.sentence(change.old?.sentence),
            newPosition: Self.sentence(change.new?.sentence))
    }

    mutating func visitRecommendation(_ change: Identified<RecommendationChange>) -> ChartRow? {
        row(
            .recommendations, old: change.old, new: change.new, kind: "recommendation \(change.operation.rawValue)",
            oldPosition: change.oldIndex.map { "recommendation \($0 + 1)" }, newPosition: change.newIndex.map { "recommendation \($0 + 1)" }
        )
    }
}
