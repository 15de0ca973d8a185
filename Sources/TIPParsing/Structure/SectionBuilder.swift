import Foundation
import TIPModel

/// Turns a sequence of blocks into sections: explicit headings, and sections inferred in unheaded editions.
struct SectionBuilder {
    enum Progress { case going, finished }

    struct Draft {
        var kind: SectionKind
        var heading: String?
        var start: Int
        var blocks: [LineScanner.Block] = []

        func section(scalars: [Unicode.Scalar]) -> Section {
            let segmenter = SentenceSegmenter()
            var paragraphs: [Paragraph] = []
            var end = start
            for block in blocks {
                switch block {
                case .paragraph(let range), .item(let range):
                    let paragraph = paragraph(range, segmenter: segmenter, scalars: scalars)
                    // A copy's editorial gap ("[...]" where an excerpt was cut) is not report text.
                    guard !paragraph.sentences.isEmpty else { continue }
                    paragraphs.append(paragraph)
                    end = range.upperBound
                default:
                    continue
                }
            }
            let states = kind != .headline && kind != .recommendations
            let reading = states ? paragraphs.first?.sentences.first.flatMap { VerdictReader.reading(of: $0.text) } : nil
            return Section(
                kind: kind, heading: heading, verdict: reading?.direction, verdictQualifier: reading?.qualifier,
                range: TextRange(start, max(start, end)), paragraphs: paragraphs)
        }

        /// "[...]", "[…]", "(...)": where a copy left text out.
        static func isEditorialGap(_ text: String) -> Bool {
            // Only brackets, parentheses, spaces, periods and ellipses can make one: a sentence fails at its first letter.
            guard text.unicodeScalars.allSatisfy({ "[]() .…".unicodeScalars.contains($0) }) else { return false }
            let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: "[]() "))
            return text.count <= 7 && !inner.isEmpty && inner.allSatisfy { $0 == "." || $0 == "…" }
        }

        private func paragraph(_ range: Range<Int>, segmenter: SentenceSegmenter, scalars: [Unicode.Scalar]) -> Paragraph {
            let sentences = segmenter.sentences(in: scalars, range: range).map { r in
                Sentence(text: Text.folded(scalars[r]), range: TextRange(r.lowerBound, r.upperBound))
            }
            .filter { !Self.isEditorialGap($0.text) }
            return Paragraph(range: TextRange(range.lowerBound, range.upperBound), sentences: sentences)
        }
    }

    let scalars: [Unicode.Scalar]
    private(set) var started = false
    private(set) var sections: [Draft] = []
    private(set) var countryHeading: CountryHeading?

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private func text(_ range: Range<Int>) -> String { Text.folded(scalars[range]) }

    private var current: Draft? { sections.last }

    private func hasSection(_ kind: SectionKind) -> Bool { sections.contains { $0.kind == kind } }

    mutating func take(_ block: LineScanner.Block) -> Progress {
        guard started else {
            begin(with: block)
            return .going
        }
        switch block {
        case .end:
            return .finished
        case .countryHeading(let heading, let range):
            // A second heading for the same narrative (a page title, then "CUBA: Tier 3") refines the first.
            if sections.count == 1, sections[0].blocks.isEmpty {
                countryHeading = CountryHeading.merged(countryHeading, heading)
                sections[0].heading = countryHeading?.text ?? heading.text
                if !heading.isTierLine { sections[0].start = range.lowerBound }
                return .going
            }
            return .finished
        case .sectionHeading(let kind, let heading, let range):
            sections.append(Draft(kind: kind, heading: heading, start: range.lowerBound))
        case .item(let range):
            if current?.kind == .headline && !hasSection(.recommendations) {
                sections.append(Draft(kind: .recommendations, heading: nil, start: range.lowerBound))
            }
            sections[sections.count - 1].blocks.append(block)
        case .paragraph(let range):
            if let inferred = inferredKind(of: range) {
                if sections[sections.count - 1].blocks.isEmpty {
                    // The narrative's heading opens whatever comes first (older editions open with the profile).
                    sections[sections.count - 1].kind = inferred
                } else {
                    sections.append(Draft(kind: inferred, heading: nil, start: range.lowerBound))
                }
            }
            sections[sections.count - 1].blocks.append(block)
        }
        return .going
    }

    /// Before the narrative: skip article text until a country heading, the headline or a section heading.
    private mutating func begin(with block: LineScanner.Block) {
        switch block {
        case .countryHeading(let heading, let range):
            started = true
            countryHeading = heading
            sections.append(Draft(kind: .headline, heading: heading.text, start: range.lowerBound))
        case .paragraph(let range) where Headline.isHeadline(text(range)):
            started = true
            sections.append(Draft(kind: .headline, heading: nil, start: range.lowerBound, blocks: [block]))
        case .sectionHeading(let kind, let heading, let range):
            started = true
            sections.append(Draft(kind: kind, heading: heading, start: range.lowerBound))
        // A partial narrative: only the profile ("X is a source country for ..."), or only a section that
        // opens with its verdict.
        case .paragraph(let range) where Headline.isProfileOpening(text(range)):
            started = true
            sections.append(Draft(kind: .profile, heading: nil, start: range.lowerBound, blocks: [block]))
        case .paragraph(let range):
            guard let kind = VerdictReader.reading(of: text(range))?.kind else { break }
            started = true
            sections.append(Draft(kind: kind, heading: nil, start: range.lowerBound, blocks: [block]))
        default:
            break
        }
    }

    /// The section an unheaded paragraph opens, in editions without headings (or with some missing).
    /// The paragraph's text (white space folded) is made only when a test needs it: past the headline,
    /// in an edition that has one, only the verdict reading applies, and it reads the scalars.
    private func inferredKind(of range: Range<Int>) -> SectionKind? {
        guard let current else { return nil }
        if let kind = VerdictReader.reading(ofScalars: scalars[range])?.kind, kind != current.kind, !hasSection(kind) {
            return kind
        }
        let isHeadlineSection = current.kind == .headline
        guard isHeadlineSection || !hasSection(.headline) else { return nil }
        let paragraph = text(range)
        if !isHeadlineSection, Headline.isHeadline(paragraph) { return .headline }
        if isHeadlineSection, current.blocks.isEmpty, Headline.isProfileOpening(paragraph) { return .profile }
        if isHeadlineSection, !current.blocks.isEmpty, !hasSection(.recommendations),
            RecommendationSplitter.looksLikeInlineList(paragraph), !Headline.isHeadline(paragraph)
        {
            return .recommendations
        }
        return nil
    }

    /// Recommendation items from the recommendations sections.
    func recommendations(scalars: [Unicode.Scalar]) -> [Recommendation] {
        sections.filter { $0.kind == .recommendations }.flatMap { draft in
            draft.blocks.flatMap { block -> [Recommendation] in
                switch block {
                case .item(let range): RecommendationSplitter.items(in: range, of: scalars, isListItem: true)
                case .paragraph(let range): RecommendationSplitter.items(in: range, of: scalars, isListItem: false)
                default: []
                }
            }
        }
    }
}
