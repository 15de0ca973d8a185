import TIPModel
import TIPPDF

/// The country narratives in a whole report's PDF text: each starts at a heading set apart from the body
/// that names a country the alias table knows or a tier ("CUBA: Tier 3", "CUBA (TIER 3)", or the name with
/// "Tier 3" on the line under it), and runs to the next such heading or to the next heading at least as
/// large that is not a country's (an appendix). Only what reads as a narrative (the headline formula or its
/// sections) is kept: the introduction and the tier lists before the narratives are not.
public struct ReportNarratives: Sendable {
    /// One country's narrative.
    public struct Narrative: Sendable, Equatable {
        /// The name as the heading gives it.
        public var heading: String
        /// The usual name from the alias table, or `nil` when the table does not know it.
        public var country: String?
        /// The pages it runs over.
        public var pages: ClosedRange<Int>
        /// Its text: the heading, then a paragraph a line with blank lines between.
        public var text: String
        /// Why the narrative may hold another country's text (a section heading met twice, as when a
        /// damaged page took the next country's heading with it); `nil` when nothing is amiss.
        public var suspicion: String? = nil
        /// Whether a side tab on its pages (text set across the reading direction) names its country.
        public var confirmedBySideTab = false
        /// The tier its heading states, if it states one.
        public var tier: Tier? = nil
    }

    /// A heading that was left out, and why.
    public struct Skipped: Sendable, Equatable {
        public var heading: String
        public var page: Int
        public var reason: String
    }

    public var narratives: [Narrative] = []
    public var skipped: [Skipped] = []
    /// The usual size of the country headings (0 when there are none): a heading at least about as large
    /// that is not a country's is a title (an appendix's, a part's cover).
    public var headingSize: Float = 0

    /// The narratives of `text`; `pageNames` says where a page is in the warnings (the parts of a year
    /// name their file: "a.pdf page 9"), `nil` for the text's own page numbers.
    public init(_ text: PDFText, canonical: (String) -> String?, pageNames: ((ClosedRange<Int>) -> String)? = nil) {
        let paragraphs = text.paragraphs
        // Where narratives start: a heading paragraph naming a country, with the tier line under it if any.
        var starts: [(index: Int, end: Int, heading: CountryHeading, country: String?)] = []
        for (index, paragraph) in paragraphs.enumerated() where paragraph.isHeading {
            guard SectionHeadings.match(paragraph.text) == nil,
                var heading = CountryHeading(paragraph.text, fileCountry: nil, markedAsHeading: true), !heading.isTierLine
            else { continue }
            let country = canonical(heading.name)
            var end = index + 1
            if heading.tier == nil, end < paragraphs.count, paragraphs[end].isHeading,
                let tierLine = CountryHeading(paragraphs[end].text, fileCountry: heading.name, markedAsHeading: true), tierLine.isTierLine
            {
                // The name alone names nothing unless the table knows it.
                guard country != nil else { continue }
                heading.tier = tierLine.tier
                end += 1
            }
            guard heading.tier != nil || country != nil else { continue }
            starts.append((index, end, heading, country))
        }
        guard !starts.isEmpty else { return }
        // The countries the side tabs name, page by page.
        var tabs: [Int: [String]] = [:]
        for aside in text.aside {
            if let named = canonical(aside.text), !(tabs[aside.page] ?? []).contains(named) { tabs[aside.page, default: []].append(named) }
        }
        // A heading at least as large as the country headings that is not one ends the narratives (an appendix).
        headingSize = starts.map { paragraphs[$0.index].size }.sorted()[starts.count / 2]
        var seen = Set<String>()
        for (offset, start) in starts.enumerated() {
            let limit = offset + 1 < starts.count ? starts[offset + 1].index : paragraphs.count
            var stop = start.end
            while stop < limit {
                let paragraph = paragraphs[stop]
                if paragraph.isHeading && paragraph.size >= 0.95 * headingSize && SectionHeadings.match(paragraph.text) == nil {
                    break
                }
                stop += 1
            }
            let body = paragraphs[start.end..<stop]
            let name = start.country ?? start.heading.name
            let page = paragraphs[start.index].page
            let readsAsNarrative = body.contains {
                $0.text.contains("minimum standards") || ($0.isHeading && SectionHeadings.match($0.text) != nil)
            }
            guard readsAsNarrative else {
                skipped.append(Skipped(heading: paragraphs[start.index].text, page: page, reason: "no narrative follows it"))
                continue
            }
            guard seen.insert(CountryKey.of(name)).inserted else {
                skipped.append(Skipped(heading: paragraphs[start.index].text, page: page, reason: "a second heading for \(name)"))
                continue
            }
            let heading = paragraphs[start.index..<start.end].map(\.text).joined(separator: "\n")
            let text = ([heading] + body.map(\.text)).joined(separator: "\n\n") + "\n"
            let lastPage = body.last?.page ?? page
            var narrative = Narrative(heading: start.heading.name, country: start.country, pages: page...max(page, lastPage), text: text)
            let named = narrative.pages.flatMap { tabs[$0] ?? [] }
            narrative.confirmedBySideTab = start.country.map(named.contains) ?? false
            narrative.tier = start.heading.tier
            narrative.suspicion =
                Self.repeatedSection(in: body, pageNames: pageNames)
                ?? Self.otherSideTab(named, country: start.country, pages: narrative.pages, pageNames: pageNames)
            narratives.append(narrative)
        }
    }

    /// "the side tabs on its pages (3-6) name Albania, not Afghanistan" when side tabs name countries and
    /// none of them is the narrative's.
    public static func otherSideTab(
        _ named: [String], country: String?, pages: ClosedRange<Int>, pageNames: ((ClosedRange<Int>) -> String)? = nil
    ) -> String? {
        guard let country, !named.isEmpty, !named.contains(country) else { return nil }
        var seen = Set<String>()
        let others = named.filter { seen.insert($0).inserted }.joined(separator: ", ")
        let span =
            pageNames?(pages) ?? (pages.count == 1 ? "page \(pages.lowerBound)" : "pages \(pages.lowerBound)-\(pages.upperBound)")
        return "the side tabs on its \(span) name \(others), not \(country)"
    }

    /// "its PROSECUTION heading comes twice (pages 5 and 9): ..." for the first section heading a narrative
    /// holds twice; one country's narrative has each section once.
    public static func repeatedSection(in body: ArraySlice<PDFParagraph>, pageNames: ((ClosedRange<Int>) -> String)? = nil) -> String? {
        var first: [SectionKind: PDFParagraph] = [:]
        for paragraph in body where paragraph.isHeading {
            guard let (kind, heading, _) = SectionHeadings.match(paragraph.text) else { continue }
            if let earlier = first[kind] {
                let pages =
                    pageNames.map { "\($0(earlier.page...earlier.page)) and \($0(paragraph.page...paragraph.page))" }
                    ?? "pages \(earlier.page) and \(paragraph.page)"
                return "its \(heading) heading comes twice (\(pages)): "
                    + "it may hold another country's text, as when a damaged page lost that country's heading"
            }
            first[kind] = paragraph
        }
        return nil
    }
}
