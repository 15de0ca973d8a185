/// A page's lines in reading order: one column top to bottom, or, when a clear gutter runs down the middle,
/// the left column and then the right one between any lines that span both (titles, wide tables).
public enum ReadingOrder {
    public static func ordered(_ lines: [PDFLine]) -> [PDFLine] {
        guard let minX = lines.map(\.x0).min(), let maxX = lines.map(\.x1).max() else { return [] }
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

    /// The middle of the widest gap, in the middle half of the text's width, that no narrow line crosses,
    /// with at least three lines on each side; `nil` for a page of one column.
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
        return leftCount >= 3 && rightCount >= 3 ? split : nil
    }

    private static func framed(_ line: PDFLine, column: Int, left: Float, right: Float) -> PDFLine {
        var line = line
        (line.column, line.columnLeft, line.columnRight) = (column, left, right)
        return line
    }
}
