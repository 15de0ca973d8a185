import TIPAnnotations
import TIPDiff
import TIPModel

/// The change report as values: the comparison, and per country the tier, each section's changes in order,
/// terms, and the notes placed inside what they are anchored to. The XML, HTML, Markdown and CSV come from it.
public struct Report: Sendable {
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
        public var terms: [(change: Identified<TermChange>, notes: [PlacedNote])] = []
        /// The country's timeline page beside the HTML view (`timelines/<slug>.html`), when the folder holds
        /// editions earlier than the two compared.
        public var timeline: String?
        /// The country's sentence history page (`history/<slug>.html`), under the same condition.
        public var history: String?

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
