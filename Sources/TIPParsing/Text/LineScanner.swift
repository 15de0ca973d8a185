import TIPModel
import TIPSupport

/// Reads an edition's text line by line into blocks: headings, paragraphs, list items and the end of the narrative.
struct LineScanner {
    /// One block of the text, with the offsets of its content (quotes that wrap it already removed).
    enum Block: Equatable {
        case countryHeading(CountryHeading, range: Range<Int>)
        case sectionHeading(SectionKind, heading: String, range: Range<Int>)
        case paragraph(Range<Int>)
        case item(Range<Int>)
        case end
    }

    let scalars: [Unicode.Scalar]
    /// Line numbers (from 1) that the source marked as headings (HTML h1-h4).
    let headingLines: Set<Int>
    /// The country named by the file, used to recognise a bare country-name heading.
    let fileCountry: String?

    private struct Line {
        var number: Int
        var range: Range<Int>
        var kind: Kind
        enum Kind: Equatable {
            case blank, end, text
            case countryHeading(CountryHeading)
            case sectionHeading(SectionKind, heading: String, rest: Range<Int>?)
            case item(content: Range<Int>)
        }
    }

    func blocks() -> [Block] {
        let lines = classifiedLines()
        let wrapped = isHardWrapped(lines)
        var blocks: [Block] = []
        var open: (range: Range<Int>, isItem: Bool)?
        func close() {
            guard let current = open else { return }
            let content = QuoteScanner.unwrapped(scalars, current.range)
            if !content.isEmpty { blocks.append(current.isItem ? .item(content) : .paragraph(content)) }
            open = nil
        }
        var previous: Line?
        for line in lines {
            defer { previous = line }
            switch line.kind {
            case .blank:
                close()
            case .end:
                close()
                blocks.append(.end)
            case .countryHeading(let heading):
                close()
                blocks.append(.countryHeading(heading, range: QuoteScanner.unwrapped(scalars, line.range)))
            case .sectionHeading(let kind, let heading, let rest):
                close()
                blocks.append(.sectionHeading(kind, heading: heading, range: QuoteScanner.unwrapped(scalars, line.range)))
                if let rest { open = (rest, false) }
            case .item(let content):
                close()
                open = (content, true)
            case .text:
                if let current = open, let previous, continues(previous, with: line, wrapped: wrapped) {
                    open = (current.range.lowerBound..<line.range.upperBound, current.isItem)
                } else {
                    close()
                    open = (line.range, false)
                }
            }
        }
        close()
        return blocks
    }

    /// Whether `line` continues the block that `previous` belongs to (a hard-wrapped line).
    private func continues(_ previous: Line, with line: Line, wrapped: Bool) -> Bool {
        if case .blank = previous.kind { return false }
        if wrapped { return true }
        let last = scalars[previous.range.upperBound - 1]
        let first = Character(scalars[line.range.lowerBound])
        return !Self.isTerminal(last) && first.isLowercase
    }

    /// Text is hard-wrapped when blank lines separate paragraphs, most text lines are short (as a PDF
    /// extraction or an e-mail leaves them), and some line breaks mid-sentence. A page copied from the web
    /// has one long line per paragraph instead.
    private func isHardWrapped(_ lines: [Line]) -> Bool {
        guard lines.contains(where: { $0.kind == .blank }) else { return false }
        let text = lines.filter { $0.kind == .text || isItem($0.kind) }
        guard !text.isEmpty else { return false }
        let short = text.filter { $0.range.count <= 110 }.count
        guard short * 10 >= text.count * 6 else { return false }
        for (a, b) in zip(lines, lines.dropFirst()) where a.kind == .text || isItem(a.kind) {
            if b.kind == .text && !Self.isTerminal(scalars[a.range.upperBound - 1]) { return true }
        }
        return false
    }

    private func isItem(_ kind: Line.Kind) -> Bool {
        if case .item = kind { return true }
        return false
    }

    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        ".!?:;”\"’)]".unicodeScalars.contains(scalar)
    }

    private func classifiedLines() -> [Line] {
        var lines: [Line] = []
        var start = 0
        var number = 1
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            let range = QuoteScanner.trimmed(scalars, start..<i)
            lines.append(Line(number: number, range: range, kind: classify(range, number: number)))
            start = i + 1
            number += 1
        }
        return lines
    }

    private func classify(_ range: Range<Int>, number: Int) -> Line.Kind {
        if range.isEmpty { return .blank }
        if isSeparator(range) || scalars[range.lowerBound] == "[" && Self.isFootnote(string(range)) { return .end }
        if let content = itemContent(range) { return .item(content: content) }
        let unwrapped = QuoteScanner.unwrapped(scalars, range)
        // Most lines are paragraphs, far longer than any heading: only the part a heading could fill is made
        // a string (a section heading is at most `SectionHeadings.longest` scalars before its colon; a
        // country heading at most 400 bytes).
        let headingPart = unwrapped.lowerBound..<min(unwrapped.upperBound, unwrapped.lowerBound + SectionHeadings.longest + 1)
        if unwrapped.count < 2 || SectionHeadings.mayStartHeading(scalars[unwrapped.lowerBound], scalars[unwrapped.lowerBound + 1]),
            let (kind, heading, restOffset) = SectionHeadings.match(string(headingPart))
        {
            let rest = restOffset.map { QuoteScanner.unwrapped(scalars, (unwrapped.lowerBound + $0)..<unwrapped.upperBound) }
            return .sectionHeading(kind, heading: heading, rest: rest?.isEmpty == false ? rest : nil)
        }
        if unwrapped.count <= 400, CountryHeading.mayFit(scalars[unwrapped]),
            let heading = CountryHeading(string(unwrapped), fileCountry: fileCountry, markedAsHeading: headingLines.contains(number))
        {
            return .countryHeading(heading)
        }
        return .text
    }

    /// The content of a list item ("- ", "• ", "* ", "1. ") without its marker.
    private func itemContent(_ range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound
        if scalars[i] == "“" || scalars[i] == "\"" { i += 1 }
        guard i < range.upperBound else { return nil }
        let first = scalars[i]
        var afterMarker: Int?
        if "-•*–·▪".unicodeScalars.contains(first) {
            afterMarker = i + 1
        } else if first.isDigit {
            var j = i
            while j < range.upperBound && scalars[j].isDigit && j - i < 3 { j += 1 }
            if j < range.upperBound && (scalars[j] == "." || scalars[j] == ")") { afterMarker = j + 1 }
        }
        guard let after = afterMarker, after < range.upperBound, scalars[after].isBlank else { return nil }
        return QuoteScanner.trimmed(scalars, after..<range.upperBound)
    }

    private func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

    /// A line of three or more of "=-_*~" (a rule that ends the narrative).
    private func isSeparator(_ range: Range<Int>) -> Bool {
        range.count >= 3 && scalars[range].allSatisfy { "=-_*~".unicodeScalars.contains($0) }
    }

    private static func isFootnote(_ line: String) -> Bool {
        line.hasPrefix("[") && line.wholeMatch(of: Patterns.footnoteLine) != nil
    }
}
