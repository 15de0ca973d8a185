/// Splits the text of a whole report (as pdftotext gives it) into one narrative per country, at the
/// country headings ("CUBA: Tier 3", "CUBA (TIER 3)", or a known country's name alone in capitals).
public struct NarrativeSplitter: Sendable {
    /// One country's narrative.
    public struct Narrative: Sendable, Equatable {
        /// The name as the heading gives it, made readable ("Cuba", "Korea, South").
        public var heading: String
        /// The usual name from the alias table, or `nil` when the table does not know it.
        public var country: String?
        /// The heading line's number (from 1).
        public var line: Int
        public var text: String
    }

    /// Maps a name to its usual form, or `nil` for an unknown name.
    let canonical: @Sendable (String) -> String?

    public init(canonical: @escaping @Sendable (String) -> String?) { self.canonical = canonical }

    public func narratives(in text: String) -> [Narrative] {
        // CRLF is one Character ("\r\n"), never equal to "\n": both end a line, as they do for the importer.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        var starts: [(line: Int, heading: CountryHeading, country: String?)] = []
        for (index, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            let content = String(String.UnicodeScalarView(scalars[QuoteScanner.unwrapped(scalars, 0..<scalars.count)]))
            guard !content.isEmpty, SectionHeadings.match(content) == nil,
                let heading = CountryHeading(content, fileCountry: nil, markedAsHeading: false)
            else { continue }
            let country = canonical(heading.name)
            // A name alone in capitals is a heading only when it is a known country.
            if heading.tier == nil && country == nil { continue }
            starts.append((index, heading, country))
        }
        return starts.enumerated().map { offset, start in
            let end = offset + 1 < starts.count ? starts[offset + 1].line : lines.count
            var body = lines[start.line..<end].joined(separator: "\n")
            while body.hasSuffix("\n\n") { body.removeLast() }
            if !body.hasSuffix("\n") { body += "\n" }
            return Narrative(heading: start.heading.name, country: start.country, line: start.line + 1, text: body)
        }
    }
}
