/// A page's lines in reading order: one column top to bottom, or, when a clear gutter runs down the middle,
/// the left column and then the right one between any lines that span both (titles, wide tables). The runs
/// of text the assembler made are first joined into lines: runs on one baseline, on one side of the gutter.
public enum ReadingOrder {
    public static func ordered(_ runs: [PDFLine]) -> [PDFLine] {
        guard let minX = runs.map(\.x0).min(), let maxX = runs.map(\.x1).max() else { return [] }
        let lines = joined(runs, split: gutter(runs, minX: minX, maxX: maxX))
        let byTop = lines.sorted { ($0.top, $0.x0) < ($1.top, $1.x0) }
        guard let split = gutter(lines, minX: minX, maxX: maxX) else {
            return byTop.map { framed($0, column: 0, left: minX, right: maxX) }
        }
        let left = lines.filter { $0.x1 <= split }
        let right = lines.filter { $0.x0 >= split }
        let leftEdges = (left.map(\.x0).min() ?? minX, left.map(\.x1).max() ?? split)
        let rightEdges = (right.map(\.x0).min() ?? split, right.map(\.x1).max() ?? maxX)
        var out: [PDFLine] = []
        var leftRun: [PDFLine] = []
        var rightRun: [PDFLine] = []
        func flush() {
            out += leftRun.map { framed($0, column: 0, left: leftEdges.0, right: leftEdges.1) }
            out += rightRun.map { framed($0, column: 1, left: rightEdges.0, right: rightEdges.1) }
            leftRun.removeAll()
            rightRun.removeAll()
        }
        for line in byTop {
            if line.x1 <= split {
                leftRun.append(line)
            } else if line.x0 >= split {
                rightRun.append(line)
            } else {
                flush()
                out.append(framed(line, column: 0, left: minX, right: maxX))
            }
        }
        flush()
        return out
    }

    /// Runs that share a baseline band and a side of the gutter, as one line each, left to right.
    static func joined(_ runs: [PDFLine], split: Float?) -> [PDFLine] {
        func side(_ run: PDFLine) -> Int {
            guard let split else { return 0 }
            return run.x1 <= split ? 0 : run.x0 >= split ? 1 : 2
        }
        var lines: [PDFLine] = []
        var open: [Int: Int] = [:]  // side → index in `lines` of the line being built there
        for run in runs.sorted(by: { ($0.bottom, $0.x0) < ($1.bottom, $1.x0) }) {
            let key = side(run)
            if let index = open[key], sameBand(lines[index], run), key != 2 {
                lines[index] = merged(lines[index], run)
            } else {
                open[key] = lines.count
                lines.append(run)
            }
        }
        return lines
    }

    private static func sameBand(_ a: PDFLine, _ b: PDFLine) -> Bool {
        let overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
        // Text of another size on the same baseline (a note beside the body) is not the same line.
        guard min(a.size, b.size) >= 0.85 * max(a.size, b.size) else { return false }
        return overlap >= 0.5 * min(a.bottom - a.top, b.bottom - b.top) && abs(a.bottom - b.bottom) < 0.5 * max(a.size, b.size)
    }

    private static func merged(_ a: PDFLine, _ b: PDFLine) -> PDFLine {
        let (left, right) = a.x0 <= b.x0 ? (a, b) : (b, a)
        var line = left
        line.text = left.text + " " + right.text
        (line.x0, line.x1) = (min(a.x0, b.x0), max(a.x1, b.x1))
        (line.top, line.bottom) = (min(a.top, b.top), max(a.bottom, b.bottom))
        let (long, short) = a.text.count >= b.text.count ? (a, b) : (b, a)
        line.size = long.size
        line.isBold = long.isBold && (short.isBold || short.text.count * 3 < long.text.count)
        (line.isItalic, line.family) = (long.isItalic, long.family)
        line.markersRemoved = a.markersRemoved + b.markersRemoved
        return line
    }

    /// The middle of the widest gap, in the middle half of the text's width, that no narrow line crosses,
    /// with at least three lines on each side and fewer lines across it than on either side; `nil` for a
    /// page of one column.
    static func gutter(_ lines: [PDFLine], minX: Float, maxX: Float) -> Float? {
        let width = maxX - minX
        guard lines.count >= 6, width > 0 else { return nil }
        let narrow = lines.filter { $0.width < 0.6 * width }.map { ($0.x0, $0.x1) }.sorted { $0.0 < $1.0 }
        var best: (start: Float, end: Float)?
        var reach = minX
        for (x0, x1) in narrow {
            if x0 > reach {
                let start = max(reach, minX + 0.25 * width)
                let end = min(x0, minX + 0.75 * width)
                if end - start >= 6, end - start > (best.map { $0.end - $0.start } ?? 0) { best = (start, end) }
            }
            reach = max(reach, x1)
        }
        guard let best else { return nil }
        let split = (best.start + best.end) / 2
        let leftCount = lines.filter { $0.x1 <= split }.count
        let rightCount = lines.filter { $0.x0 >= split }.count
        // Lines across a true gutter are the few titles over both columns; on a page of one column most
        // lines cross it, and the narrow runs a justified line's wide spaces leave make no gutter.
        let crossing = lines.count - leftCount - rightCount
        return leftCount >= 3 && rightCount >= 3 && crossing < min(leftCount, rightCount) ? split : nil
    }

    private static func framed(_ line: PDFLine, column: Int, left: Float, right: Float) -> PDFLine {
        var line = line
        (line.column, line.columnLeft, line.columnRight) = (column, left, right)
        return line
    }
}
