import TIPAnnotations
import TIPDiff
import TIPModel
import TIPReport
import TIPTestSupport
import TIPXML
import Testing

/// Every tag in `html`: its name and its attributes (name and value, entities as written).
private func tags(in html: String) -> [(name: String, attributes: [(String, String)])] {
    html.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/).map { match in
        let attributes = String(match.output.2).matches(of: /([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/).map {
            (String($0.output.1).lowercased(), String($0.output.2 ?? $0.output.3 ?? $0.output.4 ?? ""))
        }
        return (String(match.output.1).lowercased(), attributes)
    }
}

/// What the note HTML may hold, checked tag by tag; returns what broke the rule.
private func problems(in html: String) -> [String] {
    let elements: Set<String> = [
        "p", "br", "hr", "em", "strong", "s", "del", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4",
        "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
    ]
    let attributes: Set<String> = ["href", "src", "alt", "title", "align"]
    var found: [String] = []
    for tag in tags(in: html) {
        if !elements.contains(tag.name) { found.append("element <\(tag.name)>") }
        for (name, value) in tag.attributes {
            if name.hasPrefix("on") { found.append("event handler \(name) on <\(tag.name)>") }
            if !attributes.contains(name) { found.append("attribute \(name) on <\(tag.name)>") }
            let url = value.lowercased().filter { !$0.isWhitespace }
            if (name == "href" || name == "src"), url.contains("javascript:") || url.contains("data:") || url.contains("vbscript:") {
                found.append("\(name)=\"\(value)\"")
            }
        }
    }
    if html.lowercased().contains("<script") { found.append("a script element") }
    if html.lowercased().contains("<svg") { found.append("an svg element") }
    return found
}

private let hostileNotes = [
    #"![x](x" onerror="alert(1))"#,
    #"[click](https://example.org" onmouseover="alert(1))"#,
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](java\u{0009}script:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "![pixel](data:image/svg+xml,<svg onload=alert(1)>)",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><script>alert(1)</script></svg>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "`code` <iframe src=javascript:alert(1)></iframe> and <style>body{display:none}</style>",
    "| a | b |\n| - | - |\n| <b onclick=alert(1)>x</b> | ![y](javascript:alert(1)) |",
    "> quote [x](vbscript:msgbox(1)) \" onfocus=\"alert(1)\" autofocus=\"",
]

/// Notes written to attack the page: whatever their Markdown holds, only allow-listed elements, attributes
/// and link schemes reach the HTML, in the note and in the whole report.
@Suite struct HostileNoteTests {
    @Test(arguments: hostileNotes) func aHostileNoteRendersWithoutActiveMarkup(_ markdown: String) {
        let html = NoteHTML.render(markdown)
        #expect(problems(in: html).isEmpty, "\(markdown) → \(html)")
    }

    @Test func theAttributeInjectionOfTheIssueLosesItsHandler() {
        let html = NoteHTML.render(#"![x](x" onerror="alert(1))"#)
        #expect(!html.contains("onerror=\""), "\(html)")
        #expect(!html.contains("<img"), "an image with an unsafe source becomes its alt text: \(html)")
    }

    @Test func safeMarkdownKeepsItsMarkup() {
        let html = NoteHTML.render(
            "**Bold** *it* `code` [site](https://example.org/a?b=1&c=2) [mail](mailto:desk@example.org) [here](#country-1)\n\n- one\n- two")
        #expect(html.contains("<strong>Bold</strong>"))
        #expect(html.contains("<em>it</em>"))
        #expect(html.contains("<code>code</code>"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">site</a>"), "\(html)")
        #expect(html.contains("<a href=\"mailto:desk@example.org\">mail</a>"))
        #expect(html.contains("<a href=\"#country-1\">here</a>"))
        #expect(html.contains("<ul><li>one</li><li>two</li></ul>"), "\(html)")
    }

    @Test func hostileNotesReachNoReportPageAsMarkup() throws {
        let entries = hostileNotes.enumerated().map { index, markdown in
            "  - id: hostile-\(index)\n    note: \(String(reflecting: markdown))\n    anchor: {tier: true}\n"
        }
        let yaml = "edition: Reports/2025/cuba.txt\nnotes:\n" + entries.joined()
        let notes = AnnotationSet(files: [try AnnotationReader().parse(yaml, path: "Annotations/hostile.yaml")])
        let comparison = Comparison(countries: [Differ().compare(try Seed.edited(), try Seed.edition())])
        let rendered = try RenderedReport(ReportBuilder(tool: "t").report(comparison, notes: notes))
        let page = String(decoding: rendered.html, as: UTF8.self)
        #expect(page.components(separatedBy: "<div class=\"body\">").count - 1 == hostileNotes.count)
        for body in page.components(separatedBy: "<div class=\"body\">").dropFirst() {
            let note = body.components(separatedBy: "</div>").first ?? ""
            #expect(problems(in: note).isEmpty, "\(note)")
        }
        // Anywhere in the page, what the notes' text says about handlers stays text: no tag carries one.
        for tag in tags(in: page) {
            for (name, value) in tag.attributes {
                #expect(!name.hasPrefix("on"), "<\(tag.name) \(name)=\"\(value)\">")
                #expect(!value.lowercased().contains("javascript:"), "<\(tag.name) \(name)=\"\(value)\">")
            }
        }
    }
}
