import TIPSupport

/// The frame the archive-wide pages share (ledger, restatements, terms): one self-contained HTML document,
/// a Content-Security-Policy that allows its one inline style and nothing else (no script, no network), a
/// viewport for phones, and a style under which tables wrap their words instead of widening the page.
enum SeriesPage {
    /// The document with `title` and `body` (lines of HTML already escaped).
    static func render(title: String, body: [String]) -> String {
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"en\"><head><meta charset=\"utf-8\"/>",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"\(ContentSecurityPolicy.staticPage(scripts: [], styles: [style]))\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(HTMLEscaping.escaped(title))</title>",
            "<style>\(style)</style></head><body>",
        ]
        return (head + body + ["</body></html>", ""]).joined(separator: "\n")
    }

    /// "1 edition", "2 editions".
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    static let style =
        "body{font:15px/1.5 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}"
        + "h1,h2{line-height:1.25}h2{border-bottom:2px solid #333;padding-bottom:.2rem;margin-top:2rem}"
        + "table{border-collapse:collapse;margin:.5rem 0;max-width:100%}td,th{border:1px solid #bbb;padding:.2rem .5rem;"
        + "text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#f0f0f0;font-size:.9em}"
        + "td.n{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:bold;padding:.2rem 0}"
        + ".wide{overflow-x:auto;max-width:100%}.key,.cite{color:#555;font-size:.9em}"
        + ".first{background:#cdeccf}.repeated{background:#eee}.reworded{background:#fde9b8}.dropped{background:#f6d0d0}"
        + ".consistent{background:#e3f2e4}.revised{background:#fde9b8}.missing{background:#eee}"
        + "details{margin:.2rem 0}summary{cursor:pointer;color:#1f4e8c}ul.hits li{margin:.2rem 0}"
        + "svg.chart{width:100%;max-width:36rem;height:auto;display:block}svg text{font-size:11px;fill:#333}"
        + "svg .axis{fill:#555}svg .year,svg .value{text-anchor:middle}svg .tick{text-anchor:end}"
        + ".grid{stroke:#ddd}.line{fill:none;stroke:#1f4e8c;stroke-width:2}circle.point{fill:#1f4e8c}"
        + "@media print{body{max-width:none;margin:0}tr,figure{break-inside:avoid}}"
}
