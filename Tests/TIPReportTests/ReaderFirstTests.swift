import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPReport
import TIPTestSupport
import TIPXML
import Testing

/// The shipped pair (the illustrative 2024 edition against the real 2025 one) with the shipped notes.
private func shippedPair() throws -> (Report, RenderedReport) {
    let old = try Seed.edition(try String(contentsOfFile: Seed.path("Reports/2024/cuba.txt"), encoding: .utf8), year: 2024)
    let yaml = try String(contentsOfFile: Seed.path("Annotations/cuba-2025.yaml"), encoding: .utf8)
    let notes = AnnotationSet(files: [try AnnotationReader().parse(yaml, path: "Annotations/cuba-2025.yaml")])
    let report = ReportBuilder(tool: "t").report(Comparison(countries: [Differ().compare(old, try Seed.edition())]), notes: notes)
    return (report, try RenderedReport(report))
}

private func position(of needle: String, in text: String) throws -> String.Index {
    try #require(text.range(of: needle), "\(needle) is not in the page").lowerBound
}

/// What a reader needs first comes first, in words, with figures that are safe to quote; the HTML reads
/// without colour and by keyboard; the Markdown opens with the headline; the CSV opens in a spreadsheet.
@Suite struct ReaderFirstTests {
    @Test func thePageOpensWithWhatChangedBeforeTheDetailsAndTheCounts() throws {
        let html = String(decoding: try shippedPair().1.html, as: UTF8.self)
        let block = try position(of: "<section class=\"what-changed\"", in: html)
        #expect(block < (try position(of: "id=\"tier-cuba\"", in: html)))
        #expect(block < (try position(of: "<details class=\"counts\">", in: html)))
        #expect(html.contains("Downgraded</span></a> Tier: from Tier 2 Watch List to <strong>Tier 3</strong>"))
        #expect(html.contains("Prosecution efforts</a>:"))
        #expect(html.contains("Largest changes in this year's figures"))
        #expect(html.contains("says it is an illustrative sample, not the official text"))
    }

    @Test func everyLinkOfThePageLandsOnAnElementOfIt() throws {
        let html = String(decoding: try shippedPair().1.html, as: UTF8.self)
        let targets = html.matches(of: /href="#([^"]+)"/).map { String($0.output.1) }
        #expect(targets.count > 10)
        for target in Set(targets) { #expect(html.contains("id=\"\(target)\""), "#\(target) lands nowhere") }
    }

    @Test func machineNamesGiveWayToWords() throws {
        let html = String(decoding: try shippedPair().1.html, as: UTF8.self)
        #expect(html.contains(">Trafficking profile"))
        #expect(html.contains("placed exactly"))
        #expect(html.contains("sentences reworded"))
        #expect(!html.contains(">EXACT<") && !html.contains("text-transform: uppercase"))
        #expect(!html.contains(">sentence-modified<"))
        #expect(!html.contains("profile — “"), "the section's heading as written is a tooltip, not the title")
    }

    @Test func aRangeHasNoSinglePercent() throws {
        let (_, rendered) = try shippedPair()
        let document = try XMLDocument(bytes: rendered.xml)
        let sentences = "//r:statistic[@key='prosecution.sentences' and @change='changed']"
        #expect(try document.strings(sentences + "/@old-upper", namespaces: namespaces) == ["20"])
        #expect(try document.strings(sentences + "/@percent", namespaces: namespaces).isEmpty)
        #expect(try document.strings(sentences + "/@delta-text", namespaces: namespaces) == ["lower -1"])
        let csv = rendered.csv.components(separatedBy: "\r\n")
        let header = csv[0].components(separatedBy: ",")
        let row = try #require(csv.first { $0.contains(",prosecution.sentences,") })
        let percent = try #require(header.firstIndex(of: "percent"))
        #expect(row.components(separatedBy: ",")[percent] == "", "\(row)")
        #expect(row.contains(",lower end down 1,"))
    }

    @Test func restatedEarlierFiguresStandApartFromThisYears() throws {
        let (_, rendered) = try shippedPair()
        let document = try XMLDocument(bytes: rendered.xml)
        let restated = try document.strings("//r:statistic[@prior='true' and @change!='unchanged']/@id", namespaces: namespaces)
        let current = try document.strings(
            "//r:statistic[not(@prior='true') and @change!='unchanged' and @change!='revised']/@id", namespaces: namespaces)
        #expect(!restated.isEmpty && !current.isEmpty)
        let html = String(decoding: rendered.html, as: UTF8.self)
        let apart = try position(of: "<caption>Earlier figures, restated", in: html)
        #expect(try position(of: "<caption>This year's figures", in: html) < apart)
        for id in restated { #expect(try position(of: "<tr data-country=\"cuba\" id=\"c-\(id)\"", in: html) > apart, "\(id)") }
        for id in current { #expect(try position(of: "<tr data-country=\"cuba\" id=\"c-\(id)\"", in: html) < apart, "\(id)") }
    }

    @Test func numberColumnsHoldNumeralsWithTheWordingOnHoverAndArrowsNotColours() throws {
        let html = String(decoding: try shippedPair().1.html, as: UTF8.self)
        #expect(html.contains("<span title=\"six\">6</span>"))
        #expect(html.contains("<span aria-hidden=\"true\">▲ </span>+14"))
        #expect(!html.contains("class=\"up\"") && !html.contains("class=\"down\""))
        #expect(html.contains("table.figures td[data-label]::before"), "below 700 px each row is a card")
    }

    @Test func insertionsAndDeletionsHaveACueBesidesColourAndAreAnnounced() throws {
        let html = String(decoding: try shippedPair().1.html, as: UTF8.self)
        #expect(html.contains("ins { background: #ddf4dd; color: #0d5c0d; text-decoration: underline;"))
        #expect(html.contains("del { background: #fde2e2; color: #8a1111; text-decoration: line-through;"))
        #expect(html.contains("del::before { content: \" [deleted: \"; }"))
        #expect(html.contains("ins::before { content: \" [inserted: \"; }"))
    }

    @Test func thePageHasLandmarksASkipLinkCaptionsAndScopes() throws {
        let html = String(decoding: try shippedPair().1.html, as: UTF8.self)
        #expect(html.contains("<a class=\"skip\" href=\"#main\">"))
        #expect(html.contains("<header>") && html.contains("<main id=\"main\"") && html.contains("<footer>"))
        #expect(html.components(separatedBy: "<table").count == html.components(separatedBy: "<caption").count)
        #expect(!html.contains("<th>"), "every header cell has a scope")
        #expect(html.contains("<details class=\"sources\">"), "the sources fold away")
    }

    @Test func theMarkdownOpensWithTheHeadlineInWordsAndNamesTheFiles() throws {
        let markdown = try shippedPair().1.markdown
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines[0] == "# Cuba: what changed from 2024 to 2025")
        #expect(lines[2] == "**Cuba was downgraded from Tier 2 Watch List to Tier 3**; 2 of its verdicts changed.")
        #expect(markdown.contains("Compared `Reports/2024/cuba.txt` (2024) with `Reports/2025/cuba.txt` (2025)."))
        #expect(markdown.contains("> **Illustrative:** The 2024 edition (`Reports/2024/cuba.txt`) says it is an illustrative sample"))
        #expect(lines.contains("- **Tier:** downgraded from Tier 2 Watch List to Tier 3"), "one statement, not 'remained' and 'downgrade'")
        #expect(try position(of: "- **Tier:**", in: markdown) < (try position(of: "<details><summary>Counts", in: markdown)))
        #expect(markdown.contains("**placed exactly** · M. Alvarez · 2026-11-20 · open"), "notes name their author and status")
        #expect(!markdown.contains("`prosecution."), "figures by their labels")
    }

    @Test func anEditionWithoutANoticeIsNotCalledIllustrative() throws {
        let report = ReportBuilder(tool: "t").report(
            Comparison(countries: [Differ().compare(try Seed.edited(), try Seed.edition())]), notes: AnnotationSet(files: []))
        #expect(!(try RenderedReport(report).markdown.contains("Illustrative")))
        #expect(!IllustrativeNotice.marks(try Seed.edition()))
        #expect(IllustrativeNotice.marks(try Seed.edition("\n[Illustrative sample, not official text.]\n\n" + Seed.text)))
        #expect(!IllustrativeNotice.marks(try Seed.edition(Seed.text + "\n[an illustrative footnote]")))
    }

    @Test func aManyCountrySummaryListsTheUnchangedInOneLine() throws {
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let old = [try Seed.edited(), try Seed.edition(renamed("Testland"), year: 2024, country: "testland")]
        let new = [try Seed.edition(), try Seed.edition(renamed("Testland"), country: "testland")]
        let markdown = try RenderedReport(
            ReportBuilder(tool: "t").report(Differ().compare(folder: old, new), notes: AnnotationSet(files: []))
        ).markdown
        #expect(markdown.hasPrefix("# What changed from 2024 to 2025: 2 countries compared\n\n**Of 2 countries, 0 were upgraded"))
        #expect(markdown.contains("## Cuba"))
        #expect(!markdown.contains("## Testland"))
        #expect(markdown.contains("**No changes:** Testland"))
    }

    @Test func aMoveSaysWhereFromAndWhereTo() throws {
        let new = try Seed.edition(
            Seed.text.swappingLines(
                startingWith: "“The regime suppressed independent domestic sources", and: "“The regime organized and sponsored training"))
        let comparison = Comparison(countries: [Differ().compare(try Seed.edition(year: 2024), new)])
        let move = try #require(comparison.countries[0].changes(of: .sentenceMoved).first)
        guard case .sentence(let sentence) = move, let from = sentence.oldIndex, let to = sentence.newIndex else {
            Issue.record("not a sentence move")
            return
        }
        let html = String(
            decoding: try RenderedReport(ReportBuilder(tool: "t").report(comparison, notes: AnnotationSet(files: []))).html, as: UTF8.self)
        let id = String(try #require(html.firstMatch(of: /id="c-(sentence-moved-[0-9a-f]+)"/)).output.1)
        // Where it stands now links to where it stood ...
        let place = #"([A-Za-z ]+), sentence (\d+)</a>"#
        let fromLink = try Regex(
            ##"<span class="label">moved from <a href="#was-([^"]+)">"## + place + #" to sentence (\d+) \(2 sentences\)"#)
        let there = try #require(html.firstMatch(of: fromLink)).output.map { $0.substring.map(String.init) ?? "" }
        #expect(there[1] == id)
        #expect(there[3] == "\(from + 1)" && there[4] == "\(to + 1)", "\(from) \(to)")
        // ... and a marker where it stood links back, naming where it went.
        let toLink = try Regex(
            ##"<div class="item was" id="was-([^"]+)"><div class="text moved-away"><span class="label">moved to <a href="#c-([^"]+)">"##
                + place)
        let marker = try #require(html.firstMatch(of: toLink)).output.map { $0.substring.map(String.init) ?? "" }
        #expect(marker[1] == id && marker[2] == id)
        #expect(marker[3] == there[2] && marker[4] == "\(to + 1)")
        // The marker stands among the section's sentences where the old index puts it: before the sentence
        // when it moved down, after it when it moved up.
        let markerAt = try position(of: "id=\"was-\(id)\"", in: html)
        let itemAt = try position(of: "id=\"c-\(id)\"", in: html)
        #expect((markerAt < itemAt) == (from < to))
    }

    @Test func aMoveBetweenSectionsLeavesItsMarkerInTheSectionItLeft() throws {
        var lines = Seed.text.components(separatedBy: "\n")
        let line = lines.remove(at: try #require(lines.firstIndex { $0.hasPrefix("Authorities in the Ministry of Justice") }))
        lines.insert(line, at: try #require(lines.firstIndex { $0.hasPrefix("“PREVENTION”") }))
        let comparison = Comparison(countries: [
            Differ().compare(try Seed.edition(year: 2024), try Seed.edition(lines.joined(separator: "\n")))
        ])
        let html = String(
            decoding: try RenderedReport(ReportBuilder(tool: "t").report(comparison, notes: AnnotationSet(files: []))).html, as: UTF8.self)
        let id = String(try #require(html.firstMatch(of: /id="c-(sentence-moved-[0-9a-f]+)"/)).output.1)
        #expect(html.contains(##"moved from <a href="#was-\##(id)">Prosecution, sentence "##))
        #expect(html.contains(##"<span class="label">moved to <a href="#c-\##(id)">Protection, sentence "##))
        let prosecution = try position(of: "id=\"s-cuba-prosecution\"", in: html)
        let protection = try position(of: "id=\"s-cuba-protection\"", in: html)
        let marker = try position(of: "id=\"was-\(id)\"", in: html)
        #expect(prosecution < marker && marker < protection, "the marker stands in Prosecution")
        #expect(protection < (try position(of: "id=\"c-\(id)\"", in: html)), "the sentence stands in Protection")
    }

    @Test func sectionsWithoutChangesWaitBehindAClosedToggle() throws {
        let new = try Seed.edition(
            Seed.text.swappingLines(
                startingWith: "“The regime suppressed independent domestic sources", and: "“The regime organized and sponsored training"))
        let report = ReportBuilder(tool: "t").report(
            Comparison(countries: [Differ().compare(try Seed.edition(year: 2024), new)]), notes: AnnotationSet(files: []))
        let html = String(decoding: try RenderedReport(report).html, as: UTF8.self)
        let quiet = report.countries[0].sections.filter { $0.items.isEmpty && $0.notes.isEmpty }.map(\.kind.rawValue)
        #expect(!quiet.isEmpty)
        let toggle = try position(of: "<details class=\"quiet-sections\"><summary>\(quiet.count) sections without changes: ", in: html)
        let end = try #require(html.range(of: "</details>", range: toggle..<html.endIndex)).lowerBound
        for kind in quiet {
            let heading = try position(of: "id=\"s-cuba-\(kind)\"", in: html)
            #expect(toggle < heading && heading < end, "\(kind) is inside the toggle")
        }
        #expect(!html.contains("No changes in:"))
    }

    @Test func theCSVPutsTheReadableColumnsFirstAndCarriesTheNotes() throws {
        let csv = try shippedPair().1.csv
        #expect(csv.hasPrefix("country,section,change,label,old,new,difference,notes,id,kind,category,section_kind,old_section,"))
        #expect(!csv.hasPrefix(ReportCSV.byteOrderMark), "the mark is added when the file is written")
        let rows = csv.components(separatedBy: "\r\n")
        let header = rows[0].components(separatedBy: ",")
        #expect(Set(header).count == header.count, "no column twice")
        #expect(rows.contains { $0.hasPrefix("Cuba,Prosecution,figure changed,Prosecutions,six,20,up 14 (+233.3%),,") })
        #expect(rows.contains { $0.contains(",Sentences (years of imprisonment),four to 20 years,three to 20 years,lower end down 1,") })
        #expect(csv.contains("S. Chen (open): New recommendation on the recruitment of children for military activities."))
    }
}
