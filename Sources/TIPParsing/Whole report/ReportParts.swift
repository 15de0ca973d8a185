import Foundation
import TIPModel
import TIPPDF
import TIPSupport

/// A year's report published in parts (several PDFs, "A-C", ..., "T-Z and Special Case"), read as the
/// whole: each part is read on its own (in parallel), its front matter left out, and the pages of all parts
/// are joined in the order given before lines become paragraphs, so that a narrative running from the end
/// of one part into the next part's first page (where it has no heading) reads as it does printed whole.
///
/// A part's front matter (after the first part, whose front matter is the report's own) is its pages up to
/// the last one, before its first country heading, with a title: a heading at least about as large as the
/// country headings that is neither a country's nor a section's ("COUNTRY NARRATIVES D-F" on a cover). The
/// parts must be given once each and in the report's order: a country in two parts, or a join where the
/// alphabetical order of the narratives breaks, is an error naming the files.
public struct ReportParts: Sendable {
    /// One part as read.
    public struct Part: Sendable {
        /// The file, as given.
        public var path: String
        /// Its text read alone: its warnings, and where its narratives start.
        public var text: PDFText
        /// Pages at its start left out as its own front matter (none for the first part).
        public var frontMatter: Int
        /// Where its kept pages sit among the joined pages; `nil` when it kept none.
        public var joined: ClosedRange<Int>?
    }

    public var parts: [Part]
    /// The parts' pages joined, front matter left out, as one text.
    public var text: PDFText
    /// The narratives of the joined text.
    public var found: ReportNarratives

    /// Reads the parts at `paths`, in that order.
    public init(paths: [String], canonical: (String) -> String?) throws(EditionError) {
        let read = Parallel.map(paths) { path -> Result<(PDFPages, PDFText), EditionError> in
            do throws(EditionError) {
                let pages = try PDFEdition.pages(ofReportAt: path)
                return .success((pages, PDFText(pages)))
            } catch {
                return .failure(error)
            }
        }
        var kept: [PDFPages] = []
        parts = []
        var first: [String: (part: Int, page: Int)] = [:]
        var previous: (part: Int, narrative: ReportNarratives.Narrative)?
        for (index, result) in read.enumerated() {
            let (pages, text): (PDFPages, PDFText)
            switch result {
            case .success(let value): (pages, text) = value
            case .failure(let error): throw error
            }
            let path = paths[index]
            let own = ReportNarratives(text, canonical: canonical)
            guard let opening = own.narratives.first, let closing = own.narratives.last else {
                // A part without narratives can only be the first: an introduction before them.
                guard index == 0 else {
                    throw .undecodable(
                        SourceLocation(path: path),
                        reason:
                            "no country narrative starts in this part (pages \(text.pages.lowerBound)-\(text.pages.upperBound)): is it a part of this year's country narratives?"
                    )
                }
                kept.append(pages)
                parts.append(Part(path: path, text: text, frontMatter: 0, joined: nil))
                continue
            }
            for narrative in own.narratives {
                let key = CountryKey.of(narrative.country ?? narrative.heading)
                if let earlier = first[key], earlier.part != index {
                    throw .undecodable(
                        SourceLocation(path: path),
                        reason:
                            "\(narrative.country ?? narrative.heading) is in two parts: \(paths[earlier.part]) (page \(earlier.page)) and \(path) (page \(narrative.pages.lowerBound)); give each part once, and parts that do not overlap"
                    )
                }
                first[key] = first[key] ?? (index, narrative.pages.lowerBound)
            }
            if let previous, !Self.inReportOrder((previous.narrative.heading, previous.narrative.tier), (opening.heading, opening.tier)) {
                throw .undecodable(
                    SourceLocation(path: path),
                    reason:
                        "the parts are out of order: \(paths[previous.part]) ends with \(previous.narrative.heading), and \(path) begins with \(opening.heading), which comes before it in the report; give the parts in the report's order"
                )
            }
            previous = (index, closing)
            let frontMatter = index == 0 ? 0 : Self.frontMatter(of: text, opening: opening, headingSize: own.headingSize)
            var part = pages
            part.pages.removeFirst(frontMatter)
            kept.append(part)
            parts.append(Part(path: path, text: text, frontMatter: frontMatter, joined: nil))
        }
        var next = 1
        for (index, part) in kept.enumerated() where !part.pages.isEmpty {
            parts[index].joined = next...(next + part.pages.count - 1)
            next += part.pages.count
        }
        text = PDFText(PDFPages(joining: kept))
        let named = parts
        found = ReportNarratives(text, canonical: canonical, pageNames: { Self.describe($0, in: named) })
        // A narrative running on into the next part whose side tab there names another country: the part
        // that held the rest of it, and the other country's start, may be missing.
        for (index, part) in parts.enumerated() where index > 0 {
            guard let page = part.joined?.lowerBound,
                let crossing = found.narratives.firstIndex(where: { $0.pages.lowerBound < page && $0.pages.contains(page) }),
                let country = found.narratives[crossing].country, found.narratives[crossing].suspicion == nil
            else { continue }
            var named: [String] = []
            for aside in text.aside where aside.page == page {
                if let name = canonical(aside.text), !named.contains(name) { named.append(name) }
            }
            guard !named.isEmpty, !named.contains(country) else { continue }
            found.narratives[crossing].suspicion =
                "it runs on into \(part.path), whose first page's side tab names \(named.joined(separator: ", ")), not \(country): is a part missing before \(part.path)?"
        }
    }

    /// The part (its index) and its own page number that a page of the joined text comes from.
    public func place(of page: Int) -> (part: Int, page: Int) { Self.place(of: page, in: parts) }

    /// Pages of the joined text as each part numbers them: "a.pdf pages 4-6", "a.pdf page 4", or "a.pdf p. 9 –
    /// b.pdf p. 2" for pages that run from one part into the next; each part named by its file's name.
    public func describe(_ pages: ClosedRange<Int>) -> String { Self.describe(pages, in: parts) }

    static func place(of page: Int, in parts: [Part]) -> (part: Int, page: Int) {
        let index = parts.firstIndex { $0.joined?.contains(page) ?? false } ?? 0
        let part = parts[index]
        return (index, part.text.pages.lowerBound + part.frontMatter + page - (part.joined?.lowerBound ?? 1))
    }

    static func describe(_ pages: ClosedRange<Int>, in parts: [Part]) -> String {
        let (first, last) = (place(of: pages.lowerBound, in: parts), place(of: pages.upperBound, in: parts))
        let name = { (index: Int) in URL(fileURLWithPath: parts[index].path).lastPathComponent }
        if first.part != last.part { return "\(name(first.part)) p. \(first.page) – \(name(last.part)) p. \(last.page)" }
        return first.page == last.page ? "\(name(first.part)) page \(first.page)" : "\(name(first.part)) pages \(first.page)-\(last.page)"
    }

    /// How many pages at the start of a part are front matter: up to the last page before the heading of
    /// its first narrative, `opening`, that holds a title, or up to the page before when the title shares
    /// the heading's page.
    static func frontMatter(of text: PDFText, opening: ReportNarratives.Narrative, headingSize: Float) -> Int {
        let page = opening.pages.lowerBound
        let paragraphs = text.paragraphs
        let start =
            paragraphs.firstIndex {
                $0.page == page && $0.isHeading && CountryHeading($0.text, fileCountry: nil, markedAsHeading: true)?.name == opening.heading
            } ?? paragraphs.count
        let title = paragraphs[..<start].last {
            $0.isHeading && $0.size >= 0.95 * headingSize && SectionHeadings.match($0.text) == nil
        }
        guard let title else { return 0 }
        return (title.page < page ? title.page : title.page - 1) - text.pages.lowerBound + 1
    }

    /// Whether the narrative headed `second` may follow the one headed `first` in the report: by name, the
    /// accents, case and a leading "The" aside ("The Bahamas" under B), with the special cases after every
    /// country on a tier.
    public static func inReportOrder(_ first: (name: String, tier: Tier?), _ second: (name: String, tier: Tier?)) -> Bool {
        func key(_ heading: (name: String, tier: Tier?)) -> (Int, String) {
            var name = heading.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if name.hasPrefix("the ") { name.removeFirst(4) }
            return (heading.tier == .specialCase ? 1 : 0, String(name.filter { $0.isLetter || $0 == " " }))
        }
        return key(first) <= key(second)
    }
}
