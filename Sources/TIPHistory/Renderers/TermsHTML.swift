import TIPSupport

/// The term report as one self-contained HTML page: per term an SVG line chart of its count over the years
/// (a labelled y-axis from zero), the counts per year with the countries they are in, and every hit with its
/// edition, section and sentence; with no terms asked for, the wording removed from many countries and the
/// shifts that touched most countries; then section lengths per year. No script, no network.
public enum TermsHTML {
    public static func render(_ report: TermReport) -> String {
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        let span = report.years.isEmpty ? "no editions" : "\(report.years.first!)–\(report.years.last!)"
        var body = [
            "<h1>Terms across \(SeriesPage.counted(report.countries, "country", plural: "countries")), "
                + "\(SeriesPage.counted(report.years.count, "edition year")) (\(span))</h1>"
        ]
        for term in report.terms {
            body.append("<h2>\u{201C}\(e(term.term))\u{201D}: \(SeriesPage.counted(term.hits.count, "hit"))</h2>")
            body.append("<figure>\(chart(term))</figure>")
            body.append(
                "<table><caption>\u{201C}\(e(term.term))\u{201D} per edition year</caption><thead><tr><th scope=\"col\">year</th>"
                    + "<th scope=\"col\">hits</th><th scope=\"col\">countries</th></tr></thead><tbody>")
            for cell in term.byYear {
                let countries = term.byCountry.filter { $0.year == cell.year }.count
                body.append(
                    "<tr><th scope=\"row\">\(cell.year)</th><td class=\"n\">\(cell.count)</td><td class=\"n\">\(countries)</td></tr>")
            }
            body.append("</tbody></table>")
            if !term.hits.isEmpty {
                body.append("<details><summary>every hit, with its sentence</summary><ul class=\"hits\">")
                body += term.hits.map {
                    "<li>\(e($0.country)) \($0.year), \(e($0.section.rawValue)) sentence \($0.sentence + 1): \(e($0.text)) "
                        + "<span class=\"cite\">\(e($0.path))</span></li>"
                }
                body.append("</ul></details>")
            }
        }
        if report.terms.isEmpty {
            body.append("<h2>Removed from many countries in one year</h2>")
            body += shifts(
                report.removedFromMany,
                caption: "Wording removed from \(Int(TermCounter.manyCountries * 100))% or more of the countries compared")
            body.append("<h2>Added or removed in the most countries</h2>")
            body += shifts(report.changedMost, caption: "The wording added or removed in the most countries in one year")
        }
        body.append("<h2>Section lengths</h2>")
        body.append(
            "<table><caption>Section lengths summed over the countries</caption><thead><tr><th scope=\"col\">year</th>"
                + "<th scope=\"col\">section</th><th scope=\"col\">editions</th><th scope=\"col\">sentences</th>"
                + "<th scope=\"col\">words</th></tr></thead><tbody>")
        for length in report.sectionLengths {
            body.append(
                "<tr><th scope=\"row\">\(length.year)</th><td>\(e(length.section.rawValue))</td><td class=\"n\">\(length.editions)</td>"
                    + "<td class=\"n\">\(length.sentences)</td><td class=\"n\">\(length.words)</td></tr>")
        }
        body.append("</tbody></table>")
        return SeriesPage.render(title: "Terms over the editions (\(span))", body: body)
    }

    /// A table of phrase shifts, the countries of each named.
    static func shifts(_ shifts: [PhraseShift], caption: String) -> [String] {
        guard !shifts.isEmpty else { return ["<p>None.</p>"] }
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        var out = [
            "<table><caption>\(e(caption))</caption><thead><tr><th scope=\"col\">year</th><th scope=\"col\">countries</th>"
                + "<th scope=\"col\">what</th><th scope=\"col\">wording</th></tr></thead><tbody>"
        ]
        for shift in shifts {
            let what = (shift.wholeSentence ? "sentence " : "words ") + shift.direction.rawValue
            out.append(
                "<tr><th scope=\"row\">\(shift.year)</th><td class=\"n\" title=\"\(e(shift.countries.joined(separator: ", ")))\">"
                    + "\(shift.countries.count) of \(shift.comparable)</td><td>\(what)</td><td>\(e(shift.phrase))</td></tr>")
        }
        out.append("</tbody></table>")
        return out
    }

    /// The term's count per year as a line chart: a y-axis from zero to a round top, labelled with its ticks
    /// and "hits", a point and a label per year, and the whole series in words for screen readers.
    static func chart(_ term: TermCount) -> String {
        let cells = term.byYear
        guard let first = cells.first?.year, let last = cells.last?.year else { return "" }
        let (width, height, left, right, top, bottom) = (480.0, 200.0, 52.0, 16.0, 16.0, 30.0)
        let top10 = roundTop(cells.map(\.count).max() ?? 0)
        let span = Double(max(1, last - first))
        func x(_ year: Int) -> Double {
            cells.count == 1 ? (left + width - right) / 2 : left + Double(year - first) * (width - left - right) / span
        }
        func y(_ value: Int) -> Double { top + (1 - Double(value) / Double(top10)) * (height - top - bottom) }
        let summary = cells.map { "\($0.year) \($0.count)" }.joined(separator: ", ")
        var svg = [
            "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
                + "aria-label=\"\(HTMLEscaping.escaped("Hits of \u{201C}\(term.term)\u{201D} per year: \(summary)"))\">",
            "<text class=\"axis\" x=\"0\" y=\"\(f(top - 4))\">hits</text>",
        ]
        for tick in [0, top10 / 2, top10] {
            svg.append(
                "<line class=\"grid\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\"/>"
                    + "<text class=\"axis tick\" x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\">\(tick)</text>")
        }
        if cells.count > 1 {
            svg.append("<polyline class=\"line\" points=\"\(cells.map { "\(f(x($0.year))),\(f(y($0.count)))" }.joined(separator: " "))\"/>")
        }
        let labelEvery = cells.count > 12 ? 2 : 1
        for (index, cell) in cells.enumerated() {
            svg.append(
                "<circle class=\"point\" cx=\"\(f(x(cell.year)))\" cy=\"\(f(y(cell.count)))\" r=\"3\"><title>\(cell.year): \(cell.count)</title></circle>"
            )
            if index % labelEvery == 0 || index == cells.count - 1 {
                svg.append("<text class=\"axis year\" x=\"\(f(x(cell.year)))\" y=\"\(f(height - 10))\">\(cell.year)</text>")
            }
        }
        svg.append("</svg>")
        return svg.joined()
    }

    /// The axis top: the maximum rounded up to 2, 4 or 10 times a power of ten, so that its half is a whole tick.
    static func roundTop(_ maximum: Int) -> Int {
        var scale = 1
        while true {
            for step in [2, 4, 10] where step * scale >= maximum { return step * scale }
            scale *= 10
        }
    }

    /// A coordinate with at most one decimal, the same on every machine.
    private static func f(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
