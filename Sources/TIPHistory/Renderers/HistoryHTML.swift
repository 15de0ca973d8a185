import TIPModel
import TIPSupport

/// A sentence history as one self-contained HTML page: the newest narrative, section by section, with each
/// sentence's age ("since 2019", "new in 2025", "reworded in 2023") and the dropped sentences where they
/// stood, then the share of each section carried, reworded and new per year. No script, no network.
public enum HistoryHTML {
    public static func render(_ history: SentenceHistory) -> String {
        let e = { (text: String) in HTMLEscaping.escaped(text) }
        let oldest = history.years.first ?? 0
        let newest = history.years.last ?? 0
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"en\"><head><meta charset=\"utf-8\"/>",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"\(ContentSecurityPolicy.staticPage(scripts: [], styles: [Self.style]))\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(e(history.country)): the history of every sentence</title>",
            "<style>\(Self.style)</style></head><body>",
            "<h1>\(e(history.country)): every sentence of \(newest) and where it comes from</h1>",
            "<p class=\"key\">\(history.years.count) edition\(history.years.count == 1 ? "" : "s") (\(oldest)–\(newest)). "
                + "<span class=\"age carried\">since</span> carried unchanged, <span class=\"age reworded\">reworded</span> "
                + "last reworded, <span class=\"age new\">new</span> first printed in \(newest), "
                + "<del>struck through</del>: dropped, where it last stood.</p>",
        ]
        // Dropped sentences go after the current sentence that stood before them, else at their section's end.
        let current = Set(history.current.map(\.id))
        var droppedAfter: [Int: [SentenceLineage]] = [:]
        var droppedAtEnd: [SectionKind: [SentenceLineage]] = [:]
        for lineage in history.dropped.sorted(by: { ($0.lastYear, $0.position, $0.id) < ($1.lastYear, $1.position, $1.id) }) {
            if let after = lineage.after, current.contains(after) {
                droppedAfter[after, default: []].append(lineage)
            } else {
                droppedAtEnd[lineage.section, default: []].append(lineage)
            }
        }
        func dropped(_ lineage: SentenceLineage) -> String {
            "<span class=\"sentence dropped\"><span class=\"age gone\">last in \(lineage.lastYear)</span> <del>\(e(lineage.text))</del></span>"
        }
        var open: SectionKind?
        var sections: [SectionKind] = []
        for lineage in history.current {
            if lineage.section != open {
                if let open { out += (droppedAtEnd.removeValue(forKey: open) ?? []).map(dropped) + ["</section>"] }
                open = lineage.section
                sections.append(lineage.section)
                out.append("<section><h2>\(e(lineage.section.rawValue))</h2>")
            }
            let age = lineage.age(newest: newest, oldest: oldest)
            let kind = age.hasPrefix("new") ? "new" : age.hasPrefix("reworded") ? "reworded" : "carried"
            var title = lineage.events.filter { $0.kind == .reworded }.map { "\($0.year): \(HistoryText.wording($0))" }
            title += lineage.movedYears.map { "moved in \($0)" }
            let tip = title.isEmpty ? "" : " title=\"\(e(title.joined(separator: "; ")))\""
            out.append("<span class=\"sentence\"\(tip)><span class=\"age \(kind)\">\(e(age))</span> \(e(lineage.text))</span>")
            out += (droppedAfter[lineage.id] ?? []).map(dropped)
        }
        if let open { out += (droppedAtEnd.removeValue(forKey: open) ?? []).map(dropped) + ["</section>"] }
        for kind in SectionKind.allCases where droppedAtEnd[kind] != nil {
            out.append("<section><h2>\(e(kind.rawValue)) (no longer printed)</h2>")
            out += droppedAtEnd[kind]!.map(dropped) + ["</section>"]
        }
        out.append("<h2>Share of each section against the edition before</h2>")
        out.append(
            "<table><thead><tr><th>year</th><th>section</th><th>sentences</th><th>carried</th><th>reworded</th><th>new</th>"
                + "<th>moved</th><th>dropped</th></tr></thead><tbody>")
        for share in history.shares where share.previousYear != nil {
            out.append(
                "<tr><td>\(share.year)</td><td>\(e(share.section.rawValue))</td><td>\(share.sentences)</td>"
                    + "<td>\(share.percent(share.carried))%</td><td>\(share.percent(share.reworded))%</td><td>\(share.percent(share.new))%</td>"
                    + "<td>\(share.moved)</td><td>\(share.dropped)</td></tr>")
        }
        out += ["</tbody></table>", "</body></html>", ""]
        return out.joined(separator: "\n")
    }

    static let style =
        "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        + ".sentence{display:block;margin:.3rem 0}.age{display:inline-block;min-width:8.5rem;font-size:12px;padding:0 .3rem;"
        + "border-radius:3px;margin-right:.4rem}.carried{background:#eee}.reworded{background:#fde9b8}.new{background:#cdeccf}"
        + ".gone{background:#f6d0d0}.dropped{color:#933}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}"
        + ".key{color:#555}"
}
