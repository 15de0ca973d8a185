import TIPModel
import TIPStatistics
import TIPSupport
import TIPTierTables

/// The timeline as one self-contained HTML page: the consistency findings first, the tier history as an SVG
/// step chart with the Watch List years marked, verdicts, the figures that moved as small SVG line charts in
/// their unit (labelled, with a y-axis) and those that never moved in one table, then recommendations. Drawn by our own code; no script, no network, and a Content-Security-Policy that says so.
public enum TimelineHTML {
    /// The page. `tierHistory` (from the tier tables) fills the years the folder holds no edition for;
    /// an edition's own placement wins where both exist.
    public static func render(_ timeline: Timeline, tierHistory: [TierTable.Placement] = []) -> String {
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        let steps = tierSteps(timeline, tierHistory)
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"en\"><head><meta charset=\"utf-8\"/>",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"\(ContentSecurityPolicy.staticPage(scripts: [], styles: [Self.style]))\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(e(timeline.country)): tier and figures over \(timeline.years.count) edition\(timeline.years.count == 1 ? "" : "s")</title>",
            "<style>\(Self.style)</style></head><body>",
            "<h1>\(e(timeline.country)): \(timeline.years.count) edition\(timeline.years.count == 1 ? "" : "s")"
                + (timeline.years.isEmpty ? "" : " (\(timeline.years.first!.year)–\(timeline.years.last!.year))") + "</h1>",
        ]
        out += Self.consistency(timeline)
        out += Self.restatements(timeline.restatements)
        out += [
            "<h2>Tier placement</h2>",
            Self.tierChart(steps, country: timeline.country),
            "<p class=\"key\"><span class=\"dot edition\"></span> placement from an edition in the folder "
                + "<span class=\"dot table\"></span> from the tier tables "
                + "<span class=\"band\"></span> Tier 2 Watch List years</p>",
            "<h2>Verdicts</h2>",
            "<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"Verdicts by edition (scrolls sideways)\"><table><thead><tr><th></th>"
                + timeline.years.map { "<th>\($0.year)</th>" }.joined()
                + "</tr></thead><tbody>",
        ]
        out.append("<tr><th>tier</th>" + timeline.years.map { "<td>\(e($0.tier.rawValue))</td>" }.joined() + "</tr>")
        for section in ["prosecution", "protection", "prevention"] {
            out.append("<tr><th>\(section)</th>" + timeline.years.map { "<td>\(e($0.verdicts[section] ?? "–"))</td>" }.joined() + "</tr>")
        }
        out.append("</tbody></table></div>")
        out += Self.figures(timeline)
        if !timeline.recommendations.isEmpty {
            out.append("<h2>Recommendations</h2><ul class=\"recommendations\">")
            for recommendation in timeline.recommendations {
                out.append("<li>\(e(recommendation.text)) <span class=\"years\">(\(recommendation.yearsText))</span></li>")
            }
            out.append("</ul>")
        }
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// One step of the tier chart: a year, its tier, and whether an edition in the folder said so.
    struct TierStep: Equatable {
        var year: Int
        var tier: Tier
        var fromEdition: Bool
    }

    /// Every year with a placement, the editions' own over the tier tables'.
    static func tierSteps(_ timeline: Timeline, _ history: [TierTable.Placement]) -> [TierStep] {
        var byYear: [Int: TierStep] = [:]
        for placement in history where placement.tier != .unknown {
            byYear[placement.year] = TierStep(year: placement.year, tier: placement.tier, fromEdition: false)
        }
        for year in timeline.years where year.tier != .unknown {
            byYear[year.year] = TierStep(year: year.year, tier: year.tier, fromEdition: year.tierSource != .tierTable)
        }
        return byYear.values.sorted { $0.year < $1.year }
    }

    private static let rows: [Tier] = [.tier1, .tier2, .tier2WatchList, .tier3, .specialCase]

    /// The step chart: a row per tier (Tier 1 at the top), a column per year, Watch List years shaded.
    static func tierChart(_ steps: [TierStep], country: String) -> String {
        guard let first = steps.first?.year, let last = steps.last?.year else {
            return "<p>No placement known for these years.</p>"
        }
        let rows = steps.contains { $0.tier == .specialCase } ? Self.rows : Array(Self.rows.dropLast())
        let (left, top, rowHeight) = (130.0, 10.0, 34.0)
        let span = max(1, last - first)
        let width = max(360.0, min(960.0, Double(span) * 44 + left + 40))
        let step = (width - left - 30) / Double(span)
        let height = top + Double(rows.count) * rowHeight + 30
        func x(_ year: Int) -> Double { left + Double(year - first) * step }
        func y(_ tier: Tier) -> Double { top + (Double(rows.firstIndex(of: tier) ?? 0) + 0.5) * rowHeight }
        let summary = steps.map { "\($0.year) \($0.tier.rawValue)" }.joined(separator: ", ")
        var svg = [
            "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" "
                + "aria-label=\"\(HTMLEscaping.escaped(country)) tier placements: \(summary)\">"
        ]
        for tier in rows {
            svg.append(
                "<text x=\"0\" y=\"\(f(y(tier) + 4))\" class=\"axis\">\(tier.rawValue)</text>"
                    + "<line x1=\"\(f(left - 8))\" x2=\"\(f(width - 10))\" y1=\"\(f(y(tier)))\" y2=\"\(f(y(tier)))\" class=\"grid\"/>")
        }
        for watch in steps where watch.tier == .tier2WatchList {
            svg.append(
                "<rect class=\"watch\" x=\"\(f(x(watch.year) - step / 2))\" y=\"\(f(top))\" width=\"\(f(step))\" "
                    + "height=\"\(f(Double(rows.count) * rowHeight))\"><title>\(watch.year): Tier 2 Watch List</title></rect>")
        }
        // A step per year; a year missing from the data breaks the line rather than guessing across it.
        var path = ""
        for (index, point) in steps.enumerated() {
            if index == 0 || point.year - steps[index - 1].year > 1 {
                path += (path.isEmpty ? "" : " ") + "M\(f(x(point.year))) \(f(y(point.tier)))"
            } else {
                path += " H\(f(x(point.year))) V\(f(y(point.tier)))"
            }
        }
        svg.append("<path d=\"\(path)\" class=\"step\"/>")
        for point in steps {
            svg.append(
                "<circle cx=\"\(f(x(point.year)))\" cy=\"\(f(y(point.tier)))\" r=\"5\" class=\"\(point.fromEdition ? "edition" : "table")\">"
                    + "<title>\(point.year): \(point.tier.rawValue)\(point.fromEdition ? "" : " (tier tables)")</title></circle>")
        }
        let labelEvery = step < 34 ? 2 : 1
        for year in first...last where (year - first) % labelEvery == 0 || year == last {
            svg.append("<text x=\"\(f(x(year)))\" y=\"\(f(height - 8))\" class=\"axis year\">\(year)</text>")
        }
        svg.append("</svg>")
        return "<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"Tier by year (scrolls sideways)\">" + svg.joined()
            + "</div>"
    }

    /// The consistency findings, first on the page (they are what a reader looks for): what disagrees, in a
    /// sentence, then where it was read.
    static func consistency(_ timeline: Timeline) -> [String] {
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        let count = timeline.consistency.count
        var out = [
            "<h2>Consistency</h2>",
            count == 0
                ? "<p>The editions and the tier tables agree (\(timeline.checks) checks).</p>"
                : "<p>\(count) of \(timeline.checks) checks found the editions or the tier tables disagreeing:</p>",
        ]
        if count > 0 {
            out.append(
                "<ul class=\"findings\">"
                    + timeline.consistency.map { finding in
                        let what =
                            finding.kind == "tier"
                            ? "The tier placement" : finding.kind == "statistic" ? "A figure" : "The \(e(finding.kind))"
                        return
                            "<li><strong>\(what) of the \(finding.year) edition disagrees.</strong> <span class=\"cite\">\(e(finding.message))</span></li>"
                    }.joined() + "</ul>")
        }
        return out
    }

    /// The restatement audit, after the consistency findings: a table with a row per restated figure, its
    /// status in words and a mark, and what the earlier edition printed (both quotes when it was revised).
    static func restatements(_ checks: [TimelineRestatement]) -> [String] {
        guard !checks.isEmpty else { return [] }
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        let counts = TimelineRestatement.statuses.map { status in "\(checks.filter { $0.status == status }.count) \(status)" }
        var out = [
            "<h2>Restated figures</h2>",
            "<p>Each figure an edition gives for an earlier period, checked against the edition that gave it as its current "
                + "figure: \(counts.joined(separator: ", ")).</p>",
            "<table class=\"restated\"><caption>\(checks.count) restated figure\(checks.count == 1 ? "" : "s")</caption>"
                + "<thead><tr><th scope=\"col\">edition</th><th scope=\"col\">figure</th><th scope=\"col\">status</th>"
                + "<th scope=\"col\">the earlier edition</th></tr></thead><tbody>",
        ]
        for check in checks {
            let figure =
                "<span title=\"\(e(check.key))\">\(e(Statistic.readable(check.value))) \(e(check.counted))</span> for \(e(check.period))"
            let earlier: String
            switch (check.reportedYear, check.reportedValue) {
            case (let year?, let value?) where check.status == "revised":
                earlier =
                    "\(year) gave \(e(Statistic.readable(value))): <q>\(e(check.reportedSentence ?? ""))</q>"
                    + "<br/><span class=\"cite\">\(check.year): <q>\(e(check.sentence))</q></span>"
            case (let year?, _):
                earlier = "\(year), the same"
            default:
                earlier = "<span class=\"cite\">\(e(check.reason ?? "no earlier edition gives it"))</span>"
            }
            let mark = check.status == "consistent" ? "✓" : check.status == "revised" ? "≠" : "?"
            out.append(
                "<tr><th scope=\"row\">\(check.year)</th><td>\(figure)</td>"
                    + "<td class=\"status \(check.status == "not found" ? "missing" : e(check.status))\">"
                    + "<span aria-hidden=\"true\">\(mark)</span> \(e(check.status))</td><td>\(earlier)</td></tr>")
        }
        out.append("</tbody></table>")
        return out
    }

    /// The figures: series that moved as line charts (labelled, with a y-axis), first; series that never
    /// moved in one compact table; the years a series has no figure for said in words.
    static func figures(_ timeline: Timeline) -> [String] {
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        var out = ["<h2>Figures</h2>"]
        if timeline.series.isEmpty { return out + ["<p>No figures in these editions.</p>"] }
        let moved = { (series: Timeline.Series) in Set(series.points.map { "\($0.value) \($0.upper ?? -1)" }).count > 1 }
        let changing = timeline.series.filter(moved)
        let flat = timeline.series.filter { !moved($0) }
        let years = timeline.years.map(\.year)
        let name = { (series: Timeline.Series) in
            "<span title=\"\(e(series.key))\">\(e(series.label.isEmpty ? series.key : series.label))</span>"
        }
        let gaps = { (series: Timeline.Series) -> String in
            let given = Set(series.points.map(\.year))
            let missing = years.filter {
                !given.contains($0) && $0 > (series.points.first?.year ?? 0) && $0 < (series.points.last?.year ?? 0)
            }
            return missing.isEmpty ? "" : " <span class=\"gap\">no figure in \(missing.map(String.init).joined(separator: ", "))</span>"
        }
        if !changing.isEmpty {
            out.append("<p>\(changing.count) figure\(changing.count == 1 ? "" : "s") changed over the editions:</p><div class=\"charts\">")
            for series in changing {
                out.append(
                    "<figure><figcaption>\(name(series)) <span class=\"unit\">(\(e(unit(series))))</span>\(gaps(series))</figcaption>"
                        + "\(Self.lineChart(series))</figure>")
            }
            out.append("</div>")
        }
        if !flat.isEmpty {
            out.append(
                "<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"Figures the same in every edition (scrolls sideways)\"><table class=\"flat\"><caption>\(flat.count) figure\(flat.count == 1 ? "" : "s") the same in every edition that gives \(flat.count == 1 ? "it" : "them")</caption>"
                    + "<thead><tr><th scope=\"col\">figure</th><th scope=\"col\">value</th><th scope=\"col\">editions</th></tr></thead><tbody>"
            )
            for series in flat {
                let value = series.points.first.map { $0.figure(dash: "–") } ?? ""
                out.append(
                    "<tr><th scope=\"row\">\(name(series))</th><td>\(e(value))</td><td>\(series.points.map { String($0.year) }.joined(separator: ", "))\(gaps(series))</td></tr>"
                )
            }
            out.append("</tbody></table></div>")
        }
        return out
    }

    /// What a series counts in: "count", "percent", "money, USD".
    static func unit(_ series: Timeline.Series) -> String {
        guard let point = series.points.first else { return "count" }
        return point.unit == .money ? "money, \(point.currency ?? "currency not given")" : point.unit.description
    }

    /// A small line chart of one series, from zero, each point labelled in its unit, with a y-axis.
    static func lineChart(_ series: Timeline.Series) -> String {
        let points = series.points
        guard let first = points.first?.year, let last = points.last?.year else { return "" }
        let (width, height, left, top, bottom) = (320.0, 150.0, 16.0, 22.0, 26.0)
        let highest = max(points.map { $0.upper ?? $0.value }.max() ?? 0, 1)
        let span = max(1, last - first)
        func x(_ year: Int) -> Double {
            points.count == 1 ? width / 2 : left + 24 + Double(year - first) * (width - 2 * left - 48) / Double(span)
        }
        func y(_ value: Double) -> Double { top + (1 - value / highest) * (height - top - bottom) }
        func written(_ point: Timeline.Point) -> String { point.figure(dash: "–") }
        let summary = points.map { "\($0.year) \(written($0))" }.joined(separator: ", ")
        var svg = [
            "<svg class=\"spark\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" "
                + "aria-label=\"\(HTMLEscaping.escaped(series.label.isEmpty ? series.key : series.label)): \(HTMLEscaping.escaped(summary))\">",
            "<line x1=\"\(f(left))\" x2=\"\(f(width - left))\" y1=\"\(f(y(0)))\" y2=\"\(f(y(0)))\" class=\"grid\"/>",
            "<line x1=\"\(f(left))\" x2=\"\(f(width - left))\" y1=\"\(f(y(highest)))\" y2=\"\(f(y(highest)))\" class=\"grid\"/>",
            "<text x=\"\(f(left))\" y=\"\(f(y(0) - 3))\" class=\"axis\">0</text>",
            "<text x=\"\(f(left))\" y=\"\(f(y(highest) - 3))\" class=\"axis\">\(HTMLEscaping.escaped(Statistic.readable(highest)))</text>",
        ]
        if points.count > 1 {
            let line = points.map { "\(f(x($0.year))),\(f(y($0.value)))" }.joined(separator: " ")
            svg.append("<polyline points=\"\(line)\" class=\"series\"/>")
        }
        for point in points {
            if let upper = point.upper {
                svg.append(
                    "<line x1=\"\(f(x(point.year)))\" x2=\"\(f(x(point.year)))\" y1=\"\(f(y(point.value)))\" y2=\"\(f(y(upper)))\" class=\"range\"/>"
                )
            }
            svg.append(
                "<circle cx=\"\(f(x(point.year)))\" cy=\"\(f(y(point.value)))\" r=\"3.5\" class=\"edition\">"
                    + "<title>\(point.year): \(HTMLEscaping.escaped(point.text))</title></circle>"
                    + "<text x=\"\(f(x(point.year)))\" y=\"\(f(y(point.upper ?? point.value) - 7))\" class=\"value\">"
                    + "\(HTMLEscaping.escaped(written(point)))</text>"
                    + "<text x=\"\(f(x(point.year)))\" y=\"\(f(height - 8))\" class=\"axis year\">\(point.year)</text>")
        }
        svg.append("</svg>")
        return svg.joined()
    }

    private static let style = """
        body { font: 15px/1.5 Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 64em; padding: 0 1.5em; color: #1d1d1d; }
        h1, h2, figcaption, .key, svg text { font-family: Helvetica, Arial, sans-serif; }
        h2 { border-bottom: 2px solid #333; padding-bottom: .2em; margin-top: 1.8em; }
        table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: .25em .6em; text-align: left; }
        th { background: #f0f0f0; font-family: Helvetica, Arial, sans-serif; font-size: .9em; }
        .wide { overflow-x: auto; max-width: 100%; }
        .wide:focus-visible { outline: 2px solid #1a4f8a; outline-offset: 2px; }
        svg.chart { width: 100%; max-width: 960px; height: auto; }
        .charts { display: flex; flex-wrap: wrap; gap: 1em; }
        figure { margin: 0; flex: 0 1 320px; } figcaption { font-size: .8em; }
        svg.spark { width: 100%; height: auto; border: 1px solid #ddd; }
        svg text { font-size: 12px; fill: #333; } svg text.year, svg text.value { text-anchor: middle; font-size: 11px; }
        .grid { stroke: #ddd; } .step { fill: none; stroke: #1f4e8c; stroke-width: 2.5; }
        .series { fill: none; stroke: #1f4e8c; stroke-width: 2; } .range { stroke: #1f4e8c; stroke-width: 5; opacity: .35; }
        circle.edition { fill: #1f4e8c; } circle.table { fill: #fff; stroke: #1f4e8c; stroke-width: 2; }
        rect.watch { fill: #fff0c2; }
        .key span { display: inline-block; vertical-align: middle; margin: 0 .3em 0 1em; }
        .dot { width: 10px; height: 10px; border-radius: 50%; border: 2px solid #1f4e8c; } .dot.edition { background: #1f4e8c; }
        .band { width: 16px; height: 12px; background: #fff0c2; }
        .years, .unit, .gap, .cite { color: #555; font-size: .9em; }
        .findings li { margin: .4em 0; } caption { text-align: left; font-weight: bold; padding: .2em 0; }
        svg text.axis { font-size: 10px; fill: #555; }
        table.restated td, table.restated th { vertical-align: top; overflow-wrap: anywhere; }
        td.revised { background: #fde9b8; } td.missing { background: #eee; } td.consistent { background: #e3f2e4; }
        @media print { body { max-width: none; margin: 0; } h2 { break-after: avoid; } figure, tr { break-inside: avoid; } }
        """
}

/// A coordinate with at most one decimal, the same on every machine.
private func f(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
}
