import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPParsing
import TIPReport
import TIPSupport
import TIPTestSupport
import TIPXML
import Testing

let namespaces = ["r": ReportXML.namespace]

private func notes(_ yaml: String) throws -> AnnotationSet {
    AnnotationSet(files: [try AnnotationReader().parse(yaml, path: "Annotations/test.yaml")])
}

private let reviewerNotes = """
    edition: Reports/2025/cuba.txt
    notes:
      - id: figure
        note: Check the source of this figure.
        anchor: {statistic: prosecution.investigations.domestic}
      - id: steady-figure
        note: Unchanged, but watch it.
        anchor: {statistic: prevention.labor-inspections}
      - id: quoted
        note: A quote note.
        anchor: {quote: "confiscates between 75 and 95 percent", section: profile}
      - id: edited-sentence
        note: On the edited sentence.
        anchor: {quote: "did not report having procedures to identify forced labor victims"}
      - id: the-tier
        note: Tier note.
        anchor: {tier: true}
      - id: gone
        note: This text is not in the edition.
        anchor: {quote: "a sentence no edition ever contained about lighthouses"}
    """

/// Change reports: valid against the schema, notes inside their elements, HTML redline, same bytes every run.
@Suite struct ReportTests {
    private func render() throws -> (Report, RenderedReport) {
        let comparison = Comparison(countries: [Differ().compare(try Seed.edited(), try Seed.edition())])
        let report = ReportBuilder(tool: "tipdiff test").report(comparison, notes: try notes(reviewerNotes))
        return (report, try RenderedReport(report))
    }

    @Test func aNoteOnUnchangedTextOrAFigureIsAnItemOfItsOwnKind() throws {
        let (report, _) = try render()
        let items = report.countries[0].sections.flatMap(\.items)
        let holder = { (id: String) in items.first { $0.notes.contains { $0.note.id == id } } }
        guard case .figure(let figure, _)? = holder("steady-figure") else {
            Issue.record("the unchanged figure's note is on \(String(describing: holder("steady-figure")))")
            return
        }
        #expect(figure.key == "prevention.labor-inspections" && figure.label == "Labor inspections")
        guard case .text(let text, _)? = holder("quoted") else {
            Issue.record("the unchanged sentence's note is on \(String(describing: holder("quoted")))")
            return
        }
        #expect(text.text?.contains("confiscates between 75 and 95 percent") == true)
        guard case .change(.statistic(let statistic), _)? = holder("figure") else {
            Issue.record("the changed figure's note is on \(String(describing: holder("figure")))")
            return
        }
        #expect(statistic.key == "prosecution.investigations.domestic")
    }

    @Test func reportValidatesAgainstTheSchema() throws {
        let (_, rendered) = try render()
        let problems = try XMLDocument(bytes: rendered.xml).validate(againstSchemaAt: ReportFiles.schemaPath)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theSchemaRejectsABrokenReport() throws {
        let (_, rendered) = try render()
        let broken = String(decoding: rendered.xml, as: UTF8.self).replacingOccurrences(
            of: "movement=\"unchanged\"", with: "movement=\"sideways\"")
        let problems = try XMLDocument(bytes: Array(broken.utf8)).validate(againstSchemaAt: ReportFiles.schemaPath)
        #expect(!problems.isEmpty)
        #expect(problems.first?.contains("sideways") == true)
    }

    @Test func statisticNoteSitsInsideItsStatistic() throws {
        let (_, rendered) = try render()
        let document = try XMLDocument(bytes: rendered.xml)
        #expect(
            try document.strings("//r:statistic[@key='prosecution.investigations.domestic']/r:note/@id", namespaces: namespaces) == [
                "figure"
            ])
        #expect(
            try document.strings("//r:statistic[@key='prosecution.investigations.domestic']/@change", namespaces: namespaces) == ["changed"]
        )
        #expect(
            try document.strings("//r:statistic[@key='prosecution.investigations.domestic']/@new-period", namespaces: namespaces) == [
                "calendar year 2023"
            ])
        #expect(
            try document.strings(
                "//r:statistic[@key='prevention.labor-inspections' and @change='unchanged']/r:note/@id", namespaces: namespaces) == [
                    "steady-figure"
                ])
    }

    @Test func statisticsCarryTheirLabel() throws {
        let (_, rendered) = try render()
        let document = try XMLDocument(bytes: rendered.xml)
        // A changed figure and an unchanged one that carries a note both say what they count.
        #expect(
            try document.strings("//r:statistic[@key='prosecution.investigations.domestic']/@label", namespaces: namespaces) == [
                "Investigations, domestic"
            ])
        #expect(
            try document.strings(
                "//r:statistic[@key='prevention.labor-inspections' and @change='unchanged']/@label", namespaces: namespaces) == [
                    "Labor inspections"
                ])
        let html = String(decoding: rendered.html, as: UTF8.self)
        // The label is what a person reads; the key stays on hover.
        #expect(html.contains("<span title=\"prosecution.investigations.domestic\">Investigations, domestic</span>"))
        #expect(html.contains("<th scope=\"col\">figure</th>"))
        #expect(!html.contains("<code>prosecution.investigations.domestic</code>"))
    }

    @Test func quoteNoteSitsInsideItsSentence() throws {
        let (_, rendered) = try render()
        let document = try XMLDocument(bytes: rendered.xml)
        #expect(
            try document.strings("//r:section[@kind='profile']/r:sentence[r:note/@id='quoted']/r:text", namespaces: namespaces)
                == [
                    "The Cuban regime confiscates between 75 and 95 percent of the wages the receiving country agrees to pay for each worker."
                ])
        #expect(
            try document.strings("//r:sentence[@change='modified'][r:note/@id='edited-sentence']/r:text/r:del", namespaces: namespaces) == [
                "any "
            ])
        #expect(try document.strings("/r:report/r:country/r:tier/r:note/@id", namespaces: namespaces) == ["the-tier"])
        #expect(try document.strings("/r:report/r:orphaned/r:note/@id", namespaces: namespaces) == ["gone"])
    }

    @Test func htmlHoldsTheRedlineAndTheStatisticsTable() throws {
        let (_, rendered) = try render()
        let html = String(decoding: rendered.html, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html"))
        #expect(html.contains("did not report having <del>any </del>procedures"))
        #expect(html.contains(">Figures</h2>"))
        #expect(html.contains("title=\"prosecution.investigations.domestic\""))
        #expect(html.contains("<span aria-hidden=\"true\">▲ </span>+5"), "a rise by its arrow and its sign")
        #expect(html.contains("<h2 id=\"orphaned\">Notes that could not be placed</h2>"))
        #expect(html.contains("Check the source of this figure."))
        // One inline script, the same on every page: the change buttons and j/k here (the index tools elsewhere).
        #expect(html.components(separatedBy: "<script>").count - 1 == 1)
        #expect(html.contains("<nav class=\"change-nav\" aria-label=\"Changes\" hidden=\"hidden\">"))
        #expect(!html.contains("http://") && !html.contains("https://"), "the page must work offline")
    }

    @Test func markdownLeadsWithFactsThenNotes() throws {
        let (_, rendered) = try render()
        let lines = rendered.markdown.components(separatedBy: "\n")
        #expect(lines[0] == "# Cuba: what changed from 2024 to 2025")
        let facts = try #require(lines.firstIndex { $0.hasPrefix("- **Tier:**") })
        let notes = try #require(lines.firstIndex(of: "## Notes"))
        #expect(facts < notes)
        #expect(
            rendered.markdown.contains(
                "- **placed exactly** · open, on Prosecution, sentence 9: Check the source of this figure."), "\(rendered.markdown)")
        #expect(rendered.markdown.contains("### Notes that could not be placed"))
    }

    @Test func reportIsByteIdenticalAcrossRuns() throws {
        let (_, first) = try render()
        let (_, second) = try render()
        #expect(first.xml == second.xml)
        #expect(first.html == second.html)
        #expect(first.markdown == second.markdown)
    }

    @Test func controlCharactersAreReplacedAndTheRestKept() throws {
        let text = Seed.text.replacingOccurrences(
            of: "did not report having procedures", with: "did not report\u{07} having\u{1B} procedures")
        let report = ReportBuilder(tool: "t").report(
            Comparison(countries: [Differ().compare(try Seed.edition(), try Seed.edition(text))]), notes: AnnotationSet(files: []))
        let rendered = try RenderedReport(report)
        let xml = String(decoding: rendered.xml, as: UTF8.self)
        #expect(xml.contains("\u{FFFD} having\u{FFFD} "))
        #expect(xml.contains("procedures to identify forced labor victims."))
        #expect(XMLWriter.clean("a\u{0}b\u{FFFE}c") == "a\u{FFFD}b\u{FFFD}c")
    }

    @Test func aTinyFigureAndTheEarliestDateStillMakeASchemaValidReport() throws {
        // 0.00001 was written as new-value="1e-05", no xs:decimal: the whole report failed its schema.
        let text = Seed.text.replacingOnce("conducted 1,818 labor inspections", with: "conducted 0.00001 labor inspections")
        let yaml = """
            edition: Reports/2025/cuba.txt
            notes:
              - id: oldest
                date: 0001-01-01
                note: The earliest day the schema takes.
                anchor: {tier: true}
            """
        let notes = AnnotationSet(files: [try AnnotationReader().parse(yaml, path: "Annotations/test.yaml")])
        let report = ReportBuilder(tool: "t").report(
            Comparison(countries: [Differ().compare(try Seed.edition(year: 2024), try Seed.edition(text))]), notes: notes)
        let rendered = try RenderedReport(report)
        let document = try XMLDocument(bytes: rendered.xml)
        #expect(
            try document.strings("//r:statistic[@key='prevention.labor-inspections']/@new-value", namespaces: namespaces) == ["0.00001"])
        let problems = try document.validate(againstSchemaAt: ReportFiles.schemaPath)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func yearFoldersReportValidatesWithCountryChanges() throws {
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let old = [
            try Seed.edited(), try Seed.edition(renamed("Testland"), year: 2024, country: "testland"),
            try Seed.edition(renamed("Oldland"), year: 2024, country: "oldland"),
        ]
        let new = [
            try Seed.edition(), try Seed.edition(renamed("Testland"), country: "testland"),
            try Seed.edition(renamed("Newland"), country: "newland"),
        ]
        // The tier tables (a stand-in) show Newland entering the report and Oldland leaving it.
        let placed = { (country: String, year: Int) -> Bool? in
            country == "Newland" ? year == 2025 : country == "Oldland" ? year == 2024 : true
        }
        let report = ReportBuilder(tool: "t").report(Differ().compare(folder: old, new, placed: placed), notes: try notes(reviewerNotes))
        let rendered = try RenderedReport(report)
        let document = try XMLDocument(bytes: rendered.xml)
        #expect(try document.validate(againstSchemaAt: ReportFiles.schemaPath).isEmpty)
        #expect(try document.strings("/r:report/r:country/@name", namespaces: namespaces) == ["Cuba", "Testland"])
        #expect(try document.strings("/r:report/r:country-change/@name", namespaces: namespaces) == ["Newland", "Oldland"])
        // The Cuba notes go to Cuba only.
        #expect(try document.strings("/r:report/r:country[@name='Testland']//r:note", namespaces: namespaces).isEmpty)
    }

    @Test func markdownEscapesWhatANoteSays() throws {
        let yaml = """
            edition: Reports/2025/cuba.txt
            notes:
              - id: loud
                note: "<script>alert(1)</script> **not bold** [link](x)\\nsecond line\\e[31m"
                anchor: {tier: true}
            """
        let comparison = Comparison(countries: [Differ().compare(try Seed.edited(), try Seed.edition())])
        let report = ReportBuilder(tool: "t").report(comparison, notes: try notes(yaml))
        let markdown = try RenderedReport(report).markdown
        let line = try #require(markdown.components(separatedBy: "\n").first { $0.contains("second line") })
        #expect(line.contains("\\<script\\>alert(1)\\</script\\> \\*\\*not bold\\*\\* \\[link\\](x) second line"))
        #expect(!markdown.contains("\u{1B}"))
    }

    @Test func anEffortChangeIsInTheReportAndValid() throws {
        let old = try Seed.edition(
            Seed.text.replacingOnce("and is not making significant efforts to do so", with: "but is making significant efforts to do so"),
            year: 2024)
        let report = ReportBuilder(tool: "t").report(
            Comparison(countries: [Differ().compare(old, try Seed.edition())]), notes: AnnotationSet(files: []))
        let rendered = try RenderedReport(report)
        let document = try XMLDocument(bytes: rendered.xml)
        #expect(try document.strings("/r:report/r:country/r:effort/@new", namespaces: namespaces) == ["not making significant efforts"])
        #expect(rendered.markdown.contains("- **Effort finding:** making significant efforts → not making significant efforts"))
    }

    @Test func theHTMLOpensWithAnIndexWhoseLinksLand() throws {
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let old = [try Seed.edited(), try Seed.edition(renamed("Testland"), year: 2024, country: "testland")]
        let new = [try Seed.edition(), try Seed.edition(renamed("Testland"), country: "testland")]
        let rendered = try RenderedReport(
            ReportBuilder(tool: "t").report(Differ().compare(folder: old, new), notes: AnnotationSet(files: [])))
        let html = String(decoding: rendered.html, as: UTF8.self)
        #expect(html.contains("<title>Trafficking in Persons report: changes 2024 → 2025, 2 countries</title>"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.components(separatedBy: "charset").count - 1 == 1, "one charset")
        for name in ["Cuba", "Testland"] {
            #expect(html.contains("<a href=\"#country-\(name.lowercased())\">\(name)</a>"))
            #expect(html.contains("id=\"country-\(name.lowercased())\""))
        }
        #expect(html.contains("href=\"#index\""))
        #expect(html.contains("<h2 id=\"movements\">Tier movements</h2>") && html.contains("<svg"))
        #expect(html.components(separatedBy: "<td>maintained</td>").count - 1 == 6, "three verdicts a country, as written")
    }

    @Test func theIndexSortsAndFiltersWithOneInlineScriptThatNeedsNoNetwork() throws {
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let old = [try Seed.edition(year: 2024), try Seed.edition(renamed("Testland"), year: 2024, country: "testland")]
        let new = [try Seed.edition(), try Seed.edition(renamed("Testland"), country: "testland")]
        let rendered = try RenderedReport(
            ReportBuilder(tool: "t").report(Differ().compare(folder: old, new), notes: AnnotationSet(files: [])))
        let html = String(decoding: rendered.html, as: UTF8.self)
        let scripts = html.components(separatedBy: "<script").dropFirst()
        #expect(scripts.count == 1)
        let script = scripts.first?.components(separatedBy: "</script>").first ?? ""
        #expect(script.contains("index-filter") && script.contains("aria-sort"))
        for network in ["http", "fetch(", "XMLHttpRequest", "src=", "import(", "WebSocket"] {
            #expect(!script.contains(network), "the script reaches for \(network)")
        }
        #expect(html.contains("<p class=\"tools\" hidden"), "the filter stays hidden for a reader without script")
    }

    @Test func notesAreRenderedAsMarkdownWithTheirHTMLEscaped() throws {
        let html = NoteHTML.render(
            "**Check** the <script>alert(1)</script> figure. [source](https://example.org) [bad](javascript:alert(1))")
        #expect(html.contains("<strong>Check</strong>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("href=\"https://example.org\""))
        #expect(!html.contains("javascript:"))
        let (_, rendered) = try render()
        let page = String(decoding: rendered.html, as: UTF8.self)
        #expect(page.contains("<div class=\"body\"><p>Check the source of this figure.</p>"))
    }
}

@Suite struct NoteMarkdownTests {
    @Test func aNoteKeepsItsParagraphsAndListsUnderItsItem() {
        let block = MarkdownText.block("Check these:\n- the *count*\n- the <b>source</b>\n\nThen ask the desk.")
        #expect(block == "Check these:\n  - the \\*count\\*\n  - the \\<b\\>source\\</b\\>\n\n  Then ask the desk.")
    }
}
