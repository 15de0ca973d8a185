/// Running heads, running feet and page numbers, found because they repeat at the same place across pages,
/// not by their words: on each page the lines in its top and bottom bands that a wide gap separates from the
/// body are candidates; a candidate's place (its band and baseline) that recurs on enough pages is furniture,
/// and every candidate at that place is dropped, whatever it says (the title, a country's name, a page number).
public enum RunningFurniture {
    /// The bands: the top and bottom this share of the page.
    static let band: Float = 0.15

    /// The lines of each page without their furniture; `removed` counts what was dropped.
    public static func removed(from pages: [(page: PDFPage, lines: [PDFLine])]) -> (pages: [[PDFLine]], removed: Int) {
        let leading = typicalLeading(pages.map(\.lines))
        var candidates: [[Int]] = []
        var places: [Place: Set<Int>] = [:]
        for (index, entry) in pages.enumerated() {
            let found = outerLines(entry.lines, height: Float(entry.page.height), leading: leading)
            candidates.append(found)
            for line in found { places[place(of: entry.lines[line], height: Float(entry.page.height)), default: []].insert(index) }
        }
        // A place is furniture when it recurs on at least 40% of the pages (and on two at least); a short
        // document of one or two pages keeps only bare page numbers out.
        let needed = max(2, Int((Float(pages.count) * 0.4).rounded(.up)))
        // How many pages have a candidate at a place or next to it, counted once a place: the union of a
        // place's pages was built again for every candidate, which made a report of 40,000 pages quadratic.
        var pagesNear: [Place: Int] = [:]
        var removed = 0
        var out: [[PDFLine]] = []
        for (index, entry) in pages.enumerated() {
            let drop = Set(
                candidates[index].filter { line in
                    let here = place(of: entry.lines[line], height: Float(entry.page.height))
                    let count =
                        pagesNear[here]
                        ?? {
                            let count = here.neighbours.reduce(into: Set<Int>()) { $0.formUnion(places[$1] ?? []) }.count
                            pagesNear[here] = count
                            return count
                        }()
                    return count >= needed || (pages.count < 3 && isPageNumber(entry.lines[line].text))
                })
            removed += drop.count
            out.append(entry.lines.enumerated().filter { !drop.contains($0.offset) }.map(\.element))
        }
        return (out, removed)
    }

    /// A band and a baseline rounded to 3 points.
    struct Place: Hashable {
        var top: Bool
        var bucket: Int
        var neighbours: [Place] { [-1, 0, 1].map { Place(top: top, bucket: bucket + $0) } }
    }

    static func place(of line: PDFLine, height: Float) -> Place {
        Place(top: line.bottom < height / 2, bucket: Int((line.bottom / 3).rounded()))
    }

    /// The lines above the first wide gap from the top, and below the first wide gap from the bottom, that
    /// lie within the bands.
    static func outerLines(_ lines: [PDFLine], height: Float, leading: Float) -> [Int] {
        let order = lines.indices.sorted { lines[$0].top < lines[$1].top }
        guard order.count > 1 else { return [] }
        let wide = 1.6 * leading
        var found: [Int] = []
        // From the top: lines in the top band, up to a wide gap.
        var cut: Int?
        for (position, index) in order.enumerated().dropLast() {
            guard lines[index].bottom <= band * height else { break }
            if lines[order[position + 1]].bottom - lines[index].bottom >= wide {
                cut = position
                break
            }
        }
        if let cut { found += order[...cut] }
        // From the bottom.
        cut = nil
        for position in stride(from: order.count - 1, through: 1, by: -1) {
            let index = order[position]
            guard lines[index].top >= (1 - band) * height else { break }
            if lines[index].bottom - lines[order[position - 1]].bottom >= wide {
                cut = position
                break
            }
        }
        if let cut { found += order[cut...] }
        return Array(Set(found))
    }

    /// The usual distance between baselines of consecutive lines of the body.
    static func typicalLeading(_ pages: [[PDFLine]]) -> Float {
        var counts: [Int: Int] = [:]
        for lines in pages {
            let sorted = lines.sorted { $0.top < $1.top }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                let step = b.bottom - a.bottom
                if step > 0.5 * a.size && step < 3 * a.size { counts[Int((step * 2).rounded()), default: 0] += 1 }
            }
        }
        guard let mode = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return 14 }
        return Float(mode.key) / 2
    }

    /// Digits alone, or a roman numeral alone.
    static func isPageNumber(_ text: String) -> Bool {
        !text.isEmpty && (text.allSatisfy(\.isNumber) || text.lowercased().allSatisfy { "ivxlc".contains($0) })
    }
}
