/// Builds an `Edition` from a narrative's text in any of the report's heading, quoting and list styles.
import Foundation
import TIPModel

public struct TextImporter: Sendable {
    public init() {}

    /// Parses `text`, read from `path`. `headingLines` are line numbers (from 1) the source marked as headings.
    public func edition(
        from text: String, path: String, sha256: String, format: EditionSource.Format = .text,
        headingLines: Set<Int> = []
    ) throws(EditionError) -> Edition {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !$0.isBlank }) else {
            throw .empty(SourceLocation(path: path))
        }
        let fileCountry = CountryNames.fromFileName(EditionPath.stem(of: path))
        let blocks = LineScanner(scalars: scalars, headingLines: headingLines, fileCountry: fileCountry).blocks()
        var builder = SectionBuilder(scalars: scalars)
        for block in blocks {
            if builder.take(block) == .finished { break }
        }
        guard builder.started, !builder.sections.isEmpty else { throw .noNarrative(SourceLocation(path: path)) }

        let sections = builder.sections.map { $0.section(scalars: scalars) }
        let headlineText = sections.filter { $0.kind == .headline }.flatMap(\.sentences).map(\.text).joined(separator: " ")
        let tier = PlacementReader.placement(in: headlineText, headingTier: builder.countryHeading?.tier)

        let country: String
        let countrySource: CountrySource
        if let heading = builder.countryHeading {
            (country, countrySource) = (heading.name, .heading)
        } else if let fileCountry {
            (country, countrySource) = (fileCountry, .fileName)
        } else if let named = Self.countryNamed(in: headlineText) {
            (country, countrySource) = (named, .text)
        } else {
            (country, countrySource) = (EditionPath.stem(of: path), .fileName)
        }

        return Edition(
            country: country, countrySource: countrySource,
            reportYear: EditionPath.year(of: path) ?? Self.yearStated(in: text),
            tier: tier, sections: sections, recommendations: builder.recommendations(scalars: scalars),
            source: EditionSource(path: path, sha256: sha256, format: format), text: text)
    }

    /// "The government of Cuba does not fully meet ..." → "Cuba".
    static func countryNamed(in headline: String) -> String? {
        guard let match = headline.firstMatch(of: /(?i)government\s+of\s+(?:the\s+)?(?<name>[A-Z][^.,;]{1,60}?)\s+(?:does|do|fully|is)\s/)
        else { return nil }
        return CountryNames.displayName(String(match.output.name))
    }

    /// "the 2025 Trafficking in Persons Report" → 2025.
    static func yearStated(in text: String) -> Int? {
        guard let match = text.firstMatch(of: /(?i)(?<year>(?:19|20)\d\d)\s+(?:trafficking\s+in\s+persons|tip)\s+report/) else {
            return nil
        }
        return Int(match.output.year)
    }
}

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
                    paragraphs.append(paragraph(range, segmenter: segmenter, scalars: scalars))
                    end = range.upperBound
                default:
                    continue
                }
            }
            let verdict = paragraphs.first?.sentences.first.flatMap { VerdictReader.verdict(in: $0.text)?.verdict }
            return Section(
                kind: kind, heading: heading, verdict: kind == .headline || kind == .recommendations ? nil : verdict,
                range: TextRange(start, max(start, end)), paragraphs: paragraphs)
        }

        private func paragraph(_ range: Range<Int>, segmenter: SentenceSegmenter, scalars: [Unicode.Scalar]) -> Paragraph {
            let sentences = segmenter.sentences(in: scalars, range: range).map { r in
                Sentence(text: Text.folded(scalars[r]), range: TextRange(r.lowerBound, r.upperBound))
            }
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
                sections[0].heading = heading.text
                sections[0].start = range.lowerBound
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
            let paragraph = text(range)
            if let inferred = inferredKind(of: paragraph) {
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
        default:
            break
        }
    }

    /// The section an unheaded paragraph opens, in editions without headings (or with some missing).
    private func inferredKind(of paragraph: String) -> SectionKind? {
        guard let current else { return nil }
        if let (_, kind) = VerdictReader.verdict(in: paragraph), kind != current.kind, !hasSection(kind) {
            return kind
        }
        if Headline.isHeadline(paragraph), current.kind != .headline, !hasSection(.headline) { return .headline }
        if current.kind == .headline, current.blocks.isEmpty, Headline.isProfileOpening(paragraph) { return .profile }
        if current.kind == .headline, !current.blocks.isEmpty, !hasSection(.recommendations),
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

extension CountryHeading {
    /// Two headings of one narrative: the later one's tier wins when the earlier had none.
    static func merged(_ first: CountryHeading?, _ second: CountryHeading) -> CountryHeading {
        guard var merged = first else { return second }
        if merged.tier == nil { merged.tier = second.tier }
        merged.text = second.text
        return merged
    }
}

/// Phrases that open a narrative.
enum Headline {
    /// The headline's formula: "... does not fully meet the minimum standards for the elimination of trafficking ...".
    static func isHeadline(_ paragraph: String) -> Bool {
        // A plain search first: regular expressions are costly and most paragraphs are not headlines.
        guard paragraph.range(of: "minimum standards", options: .caseInsensitive) != nil else { return false }
        return paragraph.firstMatch(of: /(?i)(?:fully|not)\s+(?:meets?|compl(?:y|ies)\s+with)\s+the\s+minimum\s+standards/) != nil
    }

    /// The profile paragraph that older editions put first ("Cuba is a source, transit, and destination country ...").
    static func isProfileOpening(_ paragraph: String) -> Bool {
        guard paragraph.contains("country") || paragraph.hasPrefix("As reported") else { return false }
        return paragraph.firstMatch(
            of:
                /(?i)is\s+(?:a|primarily\s+a)\s+(?:source|transit|destination)(?:[,\s]+(?:and\s+|or\s+)?(?:source|transit|destination))*\s+country/
        ) != nil
            || paragraph.hasPrefix("As reported over the past five years")
    }
}

/// The verdict sentence that opens a section.
public enum VerdictReader {
    /// The verdict and the section kind a sentence such as "The regime maintained prosecution efforts." states.
    public static func verdict(in sentence: String) -> (verdict: Verdict, kind: SectionKind)? {
        guard sentence.contains("efforts"), sentence.count <= 220,
            let match = sentence.firstMatch(
                of:
                    /(?i)^(?:the\s+)?(?:government|regime|authorities)\b[^.]{0,30}?\b(?<verdict>maintained|increased|decreased)\b[^.]{0,40}?\b(?<area>law\s+enforcement|prosecution|protection|prevention)\s+efforts/
            )
        else { return nil }
        let verdict = Verdict(rawValue: match.output.verdict.lowercased())!
        let area = match.output.area.lowercased()
        let kind: SectionKind =
            area.hasPrefix("protection") ? .protection : area.hasPrefix("prevention") ? .prevention : .prosecution
        return (verdict, kind)
    }
}

/// Text helpers shared by the importers.
enum Text {
    /// The scalars as a string with runs of white space folded to one space.
    static func folded<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar.isBlank {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
