import Foundation
import TIPJobs
import TIPModel
import TIPReport
import TIPReportsFolder
import TIPSupport
import TIPTestSupport
import TIPXML
import Testing

/// A country the folder holds earlier editions of gets a timeline page and a sentence history page, linked from
/// its section of the report; a country with only the two compared editions gets neither.
@Suite struct TimelineLinkTests {
    @Test func aCountryWithEarlierEditionsLinksToItsTimelinePage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-timeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func renamed(_ name: String) -> String { Seed.text.replacingOccurrences(of: "Cuba", with: name) }
        let files = [
            ("2023/cuba.txt", Seed.text.replacingOnce("conducted 1,818 labor inspections", with: "conducted 950 labor inspections")),
            ("2024/cuba.txt", Seed.text.replacingOnce("conducted 1,818 labor inspections", with: "conducted 1,204 labor inspections")),
            ("2025/cuba.txt", Seed.text), ("2024/haiti.txt", renamed("Haiti")), ("2025/haiti.txt", renamed("Haiti")),
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let counter = WorkCounter()
        let job = ReportJob(folder: try ReportsFolder(root: root.path), tool: "t", counter: counter)
        let result = try job.run(editions: nil, annotations: [], explicit: false)

        #expect(result.timelines.map(\.path) == ["timelines/cuba.html"])
        #expect(counter[.editionsParsed] == 5, "the earlier edition read once, the compared two reused")
        let page = String(decoding: try #require(result.timelines.first).bytes, as: UTF8.self)
        #expect(page.contains("aria-label=\"Labor inspections: 2023 950, 2024 1,204, 2025 1,818\""))

        let document = try XMLDocument(bytes: result.rendered.xml)
        let namespaces = ["r": "urn:tipdiff:report:1"]
        #expect(try document.strings("/r:report/r:country[@name = 'Cuba']/@timeline", namespaces: namespaces) == ["timelines/cuba.html"])
        #expect(try document.strings("/r:report/r:country[@name = 'Haiti']/@timeline", namespaces: namespaces) == [])
        let html = String(decoding: result.rendered.html, as: UTF8.self)
        #expect(html.contains("<a href=\"timelines/cuba.html\">"))
        let countryPage = try #require(
            try ReportPages.render(result.report, xml: result.rendered.xml).first { $0.path == "countries/cuba.html" })
        #expect(String(decoding: countryPage.bytes, as: UTF8.self).contains("<a href=\"../timelines/cuba.html\">"))

        #expect(result.histories.map(\.path) == ["history/cuba.html"])
        let history = String(decoding: try #require(result.histories.first).bytes, as: UTF8.self)
        #expect(history.contains("3 editions (2023–2025)"))
        #expect(try document.strings("/r:report/r:country[@name = 'Cuba']/@history", namespaces: namespaces) == ["history/cuba.html"])
        #expect(try document.strings("/r:report/r:country[@name = 'Haiti']/@history", namespaces: namespaces) == [])
        #expect(html.contains("<a href=\"history/cuba.html\">"))
        #expect(String(decoding: countryPage.bytes, as: UTF8.self).contains("<a href=\"../history/cuba.html\">"))
    }
}
