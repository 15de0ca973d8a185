import Foundation
import TIPPDF
import TIPParsing

/// What an import says it did: what it read in how long, what it left out of the narratives, and each
/// narrative it wrote with its tier and pages (and each heading it skipped, with why).
public enum ImportSummary {
    public static func render(_ result: ImportJob.Result, seconds: Double) -> String {
        let text = result.text
        let read: String
        let pages: (ClosedRange<Int>) -> String
        switch result.source {
        case .file(let file):
            read = "\(file): pages \(text.pages.lowerBound)-\(text.pages.upperBound) (\(text.pages.count) pages)"
            pages = { $0.count == 1 ? "page \($0.lowerBound)" : "pages \($0.lowerBound)-\($0.upperBound)" }
        case .parts(let parts):
            (read, pages) = (partsRead(parts), parts.describe)
        }
        var lines = result.written.map { narrative, path, tier in
            "  \(path)  \(tier.rawValue), \(pages(narrative.pages))\(narrative.country == nil ? " (name not in the alias table)" : "")"
        }
        for skipped in result.found.skipped {
            let heading = skipped.heading.replacingOccurrences(of: "\n", with: " ")
            lines.append("  skipped \"\(heading)\" on \(pages(skipped.page...skipped.page)): \(skipped.reason)")
        }
        let narratives = result.written.count
        return """
            read \(read) in \(String(format: "%.1f", seconds)) s; \
            \(text.furnitureRemoved) running heads, feet and page numbers, \(count(text.footnoteLinesRemoved, "footnote line")) and \
            \(count(text.markersRemoved, "marker")) left out\
            \(text.captionLinesRemoved > 0 ? "; \(count(text.captionLinesRemoved, "caption line")) left out" : "")\
            \(text.overprinted == 0 ? "" : "; \(count(text.overprinted, "glyph")) printed twice over read once")\(asideSummary(text.aside))
            wrote \(narratives) narrative\(narratives == 1 ? "" : "s") for \(result.year) to \(result.folder):
            \(lines.joined(separator: "\n"))
            """
    }

    /// "1 marker", "2 markers".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// "3 parts: a.pdf pages 1-9, b.pdf pages 2-8 (page 1 its front matter), c.pdf pages 3-8 (pages 1-2
    /// its front matter); 21 pages", the pages of each part that were read as the year's.
    static func partsRead(_ parts: ReportParts) -> String {
        let each = parts.parts.map { part -> String in
            let read = part.text.pages
            let kept = (read.lowerBound + part.frontMatter)...read.upperBound
            let front =
                part.frontMatter == 0
                ? ""
                : part.frontMatter == 1
                    ? " (page \(read.lowerBound) its front matter)"
                    : " (pages \(read.lowerBound)-\(kept.lowerBound - 1) its front matter)"
            return "\(part.path) pages \(kept.lowerBound)-\(kept.upperBound)\(front)"
        }
        return "\(parts.parts.count) parts: \(each.joined(separator: ", ")); \(parts.text.pages.count) pages"
    }

    /// "; 15 side texts across the reading direction left out (AFGHANISTAN 5, ALBANIA 5, ALGERIA 5)", each
    /// text with how often it came, in the order met; empty when there were none.
    static func asideSummary(_ aside: [AsideText]) -> String {
        guard !aside.isEmpty else { return "" }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for text in aside {
            if counts[text.text] == nil { order.append(text.text) }
            counts[text.text, default: 0] += 1
        }
        let listed = order.map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
        return "; \(aside.count) side text\(aside.count == 1 ? "" : "s") across the reading direction left out (\(listed))"
    }
}
