/// The change report as values: the comparison, and per country the tier, each section's changes in order,
/// terms, and the notes placed inside what they are anchored to. The XML, HTML, Markdown and CSV come from it.
import TIPAnnotations
import TIPDiff
import TIPModel

public struct Report: Sendable {
    /// One element of a section: a change, or unchanged text that carries a note.
    public struct Item: Sendable {
        /// One of the categories filed in sections: verdict, sentence, format, statistic or recommendation.
        public var kind: ChangeCategory
        /// The change this item reports; `nil` for unchanged text that carries a note.
        public var change: Change?
        /// For unchanged items: the section, sentence index, text or statistic key.
        public var section: SectionKind
        public var index: Int?
        public var text: String?
        public var key: String?
        /// For an unchanged statistic: what it counts, for a reader.
        public var label: String?
        public var notes: [PlacedNote] = []
        /// The change as a flat row, made once: where it sits is read from it when sorting and placing notes.
        private let record: ChangeRecord?

        /// The item that reports `change`, or `nil` for a change that is not a section item.
        init?(_ change: Change) {
            guard SectionComparison.filed.contains(change.kind.category) else { return nil }
            self.init(kind: change.kind.category, change: change, section: change.section ?? .other)
        }

        init(kind: ChangeCategory, change: Change?, section: SectionKind, index: Int? = nil, text: String? = nil, key: String? = nil) {
            self.kind = kind
            self.change = change
            self.section = section
            self.index = index
            self.text = text
            self.key = key
            self.record = change?.record(country: nil)
        }

        /// The first and last sentence index of NEW the item covers, when it is text still in NEW.
        var newSpan: ClosedRange<Int>? {
            guard let record, let start = record.newIndex else { return nil }
            guard kind == .sentence || kind == .recommendation, record.kind != .sentenceRemoved, record.kind != .recommendationRemoved
            else { return nil }
            return start...(start + (record.length ?? 1) - 1)
        }

        /// Verdict first, then text and number formats by position, statistics, recommendations.
        private static let groups: [ChangeCategory: Int] = [.verdict: 0, .sentence: 1, .format: 1, .statistic: 2, .recommendation: 3]

        var order: (Int, Int, Int) {
            let group = Self.groups[kind] ?? 4
            return (group, record?.newIndex ?? record?.oldIndex ?? index ?? Int.max, kind == .format ? 1 : 0)
        }
    }

    public struct SectionPart: Sendable {
        public var comparison: SectionComparison
        public var notes: [PlacedNote] = []
        public var items: [Item] = []

        public var kind: SectionKind { comparison.kind }
    }

    public struct CountryPart: Sendable {
        public var comparison: CountryComparison
        public var tierNotes: [PlacedNote] = []
        public var sections: [SectionPart] = []
        public var terms: [(change: TermChange, notes: [PlacedNote])] = []
        /// The country's timeline page beside the HTML view (`timelines/<slug>.html`), when the folder holds
        /// editions earlier than the two compared.
        public var timeline: String?

        init(_ comparison: CountryComparison) {
            self.comparison = comparison
            sections = comparison.sections.map { section in
                SectionPart(comparison: section, items: section.changes.compactMap(Item.init))
            }
            terms = comparison.terms.map { ($0, []) }
        }
    }

    public var tool: String
    public var comparison: Comparison
    public var countries: [CountryPart]
    public var noteSources: [AnnotationFile]
    public var orphaned: [PlacedNote]

    /// Every placed note, in report order.
    public var placedNotes: [PlacedNote] {
        countries.flatMap { country in
            country.tierNotes + country.sections.flatMap { $0.notes + $0.items.flatMap(\.notes) } + country.terms.flatMap(\.notes)
        }
    }
}
