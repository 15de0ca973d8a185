/// Lines in reading order into paragraphs: a new paragraph at a heading, a list item, a first-line indent,
/// a wider gap than the body's leading, or after a short line that ends a sentence; a paragraph runs on
/// across a column or page break when its last line is full. Words broken at a line end are joined as the
/// document itself writes them elsewhere: as one word ("maintained"), with the hyphen ("anti-trafficking"),
/// or with the hyphen when both halves are words it uses and the whole is not ("Russia-affiliated").
public struct ParagraphBuilder {
    /// The size of most of the body's characters.
    public var bodySize: Float
    /// The usual distance between the body's baselines.
    public var leading: Float
    /// How often each word occurs inside a line (not at a line's end), lowercased.
    var vocabulary: [Substring: Int] = [:]

    public init(lines: [PDFLine], bodySize: Float, leading: Float) {
        self.bodySize = bodySize
        self.leading = leading
        var afterBreak = false
        for line in lines {
            let words = line.text.split(separator: " ")
            for (index, word) in words.enumerated() where word.contains(where: \.isLetter) {
                // Halves of a word broken across lines are not words of the document.
                if index == words.count - 1 && word.hasSuffix("-") { continue }
                if index == 0 && afterBreak { continue }
                let core = Self.core(word)
                vocabulary[core, default: 0] += 1
                // Each pair of a compound's parts too: "anti-trafficking-related" also counts "anti-trafficking".
                let parts = core.split(separator: "-")
                if parts.count > 1 {
                    for part in parts { vocabulary[part, default: 0] += 1 }
                }
                if parts.count > 2 {
                    for (a, b) in zip(parts, parts.dropFirst()) { vocabulary[Substring(a + "-" + b), default: 0] += 1 }
                }
            }
            afterBreak = words.last?.hasSuffix("-") ?? false
        }
    }

    /// Whether a line is set as a heading.
    public func isHeading(_ line: PDFLine) -> Bool { line.isBold || line.size > 1.12 * bodySize }

    public func paragraphs(_ lines: [PDFLine]) -> [PDFParagraph] {
        var out: [PDFParagraph] = []
        var text = ""
        var first: PDFLine?
        var previous: PDFLine?
        func flush() {
            if let first, !text.isEmpty {
                out.append(PDFParagraph(text: text, isHeading: isHeading(first), size: first.size, page: first.page))
            }
            text = ""
            first = nil
        }
        for line in lines {
            if let previous, let start = first, continues(previous, with: line, paragraphStart: start) {
                text = joined(text, line.text)
            } else {
                flush()
                first = line
                text = line.text
            }
            previous = line
        }
        flush()
        return out
    }

    /// Whether `line` carries on the paragraph whose last line is `previous` and first line `start`.
    func continues(_ previous: PDFLine, with line: PDFLine, paragraphStart start: PDFLine) -> Bool {
        let heading = isHeading(line)
        if heading != isHeading(previous) { return false }
        if line.hangingX != nil { return false }
        let sameColumn = previous.page == line.page && previous.column == line.column
        let step = line.bottom - previous.bottom
        if heading {
            // A heading wrapped over lines: same face and size, at its own leading.
            return sameColumn && line.size == previous.size && line.isBold == previous.isBold && step > 0 && step <= 1.5 * line.size
        }
        let short = previous.x1 < previous.columnRight - 3 * previous.size
        let endsSentence = previous.text.last.map { ".!?:\"”’)".contains($0) } ?? false
        let indented = line.x0 > line.columnLeft + 0.6 * line.size
        // A list item's next lines hang at its text's start, measured from their own column's edge.
        let hanging = start.hangingX.map { abs((line.x0 - line.columnLeft) - ($0 - start.columnLeft)) < 2 } ?? false
        if indented && !hanging { return false }
        // Past a column's end, or past a caption, a box or a garbage line left out, a full line runs on.
        if !sameColumn || line.followsSetApart { return !short }
        if step > 1.12 * leading || step <= 0 { return false }
        return !(short && endsSentence)
    }

    /// `text` and the next line's `next`, with a word broken at the line end joined.
    func joined(_ text: String, _ next: String) -> String {
        guard text.hasSuffix("-"), let after = next.first, after.isLetter, let before = text.dropLast().last, before.isLetter else {
            return text + " " + next
        }
        let head = text.dropLast().reversed().prefix { $0.isLetter }.reversed()
        let tail = next.prefix { $0.isLetter }
        let whole = (String(head) + tail).lowercased()
        let hyphenated = (String(head) + "-" + tail).lowercased()
        let keepsHyphen: Bool
        if after.isUppercase {
            keepsHyphen = true
        } else if vocabulary[Substring(whole), default: 0] > 0 {
            keepsHyphen = false
        } else if vocabulary[Substring(hyphenated), default: 0] > 0 {
            keepsHyphen = true
        } else if vocabulary[Substring(String(head).lowercased()), default: 0] > 0
            && vocabulary[Substring(tail.lowercased()), default: 0] > 0
        {
            // Two words the document uses on their own ("Russia", "affiliated"), and never as one.
            keepsHyphen = true
        } else if head.count >= 5 && tail.count >= 5 && vocabulary[Substring(String(head).lowercased()), default: 0] > 0 {
            // A whole word the document uses, then five letters or more: a compound ("trafficking-related"),
            // where a syllable break would leave a short ending ("contract-ual").
            keepsHyphen = true
        } else {
            keepsHyphen = false
        }
        return keepsHyphen ? text + next : String(text.dropLast()) + next
    }

    /// A word without the punctuation around it, lowercased.
    static func core(_ word: Substring) -> Substring {
        let scalars = word.unicodeScalars
        func kept(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) : s.properties.isAlphabetic
        }
        guard let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept) else { return "" }
        let core = Substring(scalars[first...last])
        return core.utf8.allSatisfy({ !(65...90).contains($0) }) ? core : Substring(core.lowercased())
    }
}
