import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TIPAnnotations
import TIPDiff
import TIPJobs
import TIPModel
import TIPReport
import TIPReportsFolder
import TIPReview
import TIPTestSupport
import Testing

/// The review server in process (Hummingbird's router tests): the page and its policy, listing, adding,
/// editing and resolving notes, and everything it refuses.
@Suite struct ReviewServerTests {
    /// A review of the shipped pair in a temporary folder, notes going to a new file there.
    private func review() throws -> (app: some ApplicationProtocol, session: ReviewSession, notes: String, comparison: CountryComparison) {
        let root = try TestFolders.folder("tipdiff-review", create: false)
        for year in ["2024", "2025"] {
            let folder = root.appendingPathComponent("Reports/\(year)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: Seed.path("Reports/\(year)/cuba.txt"), toPath: folder.appendingPathComponent("cuba.txt").path)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Annotations"), withIntermediateDirectories: true)
        let folder = try ReportsFolder(root: root.appendingPathComponent("Reports").path)
        let result = try ReportJob(folder: folder, tool: "t").run(editions: nil, annotations: [], explicit: false)
        // The notes folder does not exist yet: the first note makes it.
        let notes = root.appendingPathComponent("Annotations/new/cuba-2025.yaml").path
        let session = ReviewSession(
            comparison: result.report.comparison, tool: "t", files: [], targets: ["cuba": notes], token: "secret",
            countryKey: folder.countryKey)
        let server = ReviewServer(session: session, hosts: ["localhost"])
        return (Application(router: server.router()), session, notes, result.report.comparison.countries[0])
    }

    private func json(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    private let token: HTTPFields = [HTTPField.Name("X-Review-Token")!: "secret", .contentType: "application/json"]

    /// A quote request for words of sentence `index` of the newer headline, as the page sends it.
    private func quote(_ comparison: CountryComparison, index: Int, words: Int) -> [String: Any] {
        let sentence = comparison.new.edition.section(.headline)!.sentences[index].text
        let selected = sentence.split(separator: " ").prefix(words).joined(separator: " ")
        return [
            "anchor": "quote", "country": "cuba", "section": "headline", "item": "sentence", "index": index, "start": 0,
            "end": selected.utf16.count, "selected": selected, "note": "Look at **this**.", "author": "R. Reviewer", "tags": ["a"],
        ]
    }

    @Test func thePageIsTheReportWithOurScriptAndAStrictPolicy() async throws {
        let (app, _, _, _) = try review()
        try await app.test(.router) { client in
            try await client.execute(uri: "/?token=secret", method: .get) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("<title>Trafficking in Persons report: changes Cuba 2024 → 2025</title>"))
                #expect(page.contains("<script src=\"/review.js\" defer></script>"))
                #expect(!page.contains("http-equiv=\"Content-Security-Policy\""), "the static page's policy would block our script")
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.hasPrefix("default-src 'none'; script-src 'self'"))
                #expect(!policy.contains("script-src 'self' 'unsafe-inline'"))
            }
            try await client.execute(uri: "/review.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("X-Review-Token"))
            }
        }
    }

    @Test func addListEditAndResolveANote() async throws {
        let (app, _, notes, comparison) = try review()
        try await app.test(.router) { client in
            let id = try await client.execute(
                uri: "/api/notes", method: .post, headers: token, body: json(quote(comparison, index: 2, words: 6))
            ) {
                response in
                #expect(response.status == .created, "\(String(buffer: response.body))")
                return (try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: String])?["id"] ?? ""
            }
            let file = try AnnotationReader().read(notes)
            let note = try #require(file.notes.first)
            #expect(note.id == id && note.author == "R. Reviewer" && note.tags == ["a"] && note.status == .open)
            guard case .quote(let selector) = note.anchor else { Issue.record("not a quote"); return }
            #expect(comparison.new.edition.section(.headline)!.sentences[2].text.hasPrefix(selector.quote))
            #expect(file.edition == comparison.new.edition.source.path)

            try await client.execute(uri: "/api/notes", method: .get, headers: token) { response in
                let list = try JSONDecoder().decode([ReviewSession.NoteState].self, from: Data(buffer: response.body))
                #expect(list.map(\.id) == [id] && list.first?.state == "exact" && list.first?.country == "cuba")
            }
            let before = try String(contentsOfFile: notes, encoding: .utf8)
            try await client.execute(
                uri: "/api/notes", method: .patch, headers: token, body: json(["country": "cuba", "id": id, "status": "resolved"])
            ) { response in #expect(response.status == .ok) }
            let resolved = try String(contentsOfFile: notes, encoding: .utf8)
            #expect(resolved == before.replacingOccurrences(of: "    status: open\n", with: "    status: resolved\n"))
            try await client.execute(
                uri: "/api/notes", method: .patch, headers: token, body: json(["country": "cuba", "id": id, "note": "Second thoughts."])
            ) { response in #expect(response.status == .ok) }
            #expect(try AnnotationReader().read(notes).notes.first?.text == "Second thoughts.")
            // Author and tags are edited too.
            try await client.execute(
                uri: "/api/notes", method: .patch, headers: token,
                body: json(["country": "cuba", "id": id, "author": "S. Chen", "tags": ["b", "c"]])
            ) { response in #expect(response.status == .ok, "\(String(buffer: response.body))") }
            let edited = try #require(try AnnotationReader().read(notes).notes.first)
            #expect(edited.author == "S. Chen" && edited.tags == ["b", "c"] && edited.text == "Second thoughts.")
            // The page shows what the file says now.
            try await client.execute(uri: "/?token=secret", method: .get) { response in
                #expect(String(buffer: response.body).contains("<p>Second thoughts.</p>"))
            }
        }
    }

    @Test func aNoteIsDeletedByItsLinesAlone() async throws {
        let (app, _, notes, comparison) = try review()
        try await app.test(.router) { client in
            var ids: [String] = []
            for words in [6, 4] {
                try await client.execute(
                    uri: "/api/notes", method: .post, headers: token, body: json(quote(comparison, index: words == 6 ? 2 : 3, words: words))
                ) { response in
                    #expect(response.status == .created, "\(String(buffer: response.body))")
                    let answer = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: String]
                    ids.append(answer?["id"] ?? "")
                }
            }
            let before = try String(contentsOfFile: notes, encoding: .utf8)
            try await client.execute(uri: "/api/notes", method: .delete, headers: token, body: json(["country": "cuba", "id": ids[0]])) {
                response in #expect(response.status == .ok, "\(String(buffer: response.body))")
            }
            let after = try String(contentsOfFile: notes, encoding: .utf8)
            #expect(try AnnotationReader().read(notes).notes.map(\.id) == [ids[1]])
            #expect(before.hasSuffix(after.components(separatedBy: "  - id: ").last ?? "-"), "the other note keeps its bytes")
            try await client.execute(uri: "/api/notes", method: .delete, headers: token, body: json(["country": "cuba", "id": "no-such"])) {
                response in #expect(response.status == .notFound)
            }
        }
    }

    @Test func otherAnchorsAndBadRequests() async throws {
        let (app, _, notes, _) = try review()
        try await app.test(.router) { client in
            for body: [String: Any] in [
                ["anchor": "tier", "country": "cuba", "note": "Tier note."],
                ["anchor": "section", "country": "cuba", "section": "prosecution", "note": "Section note."],
                ["anchor": "statistic", "country": "cuba", "key": "prevention.labor-inspections", "note": "Figure."],
            ] {
                try await client.execute(uri: "/api/notes", method: .post, headers: token, body: json(body)) { response in
                    #expect(response.status == .created, "\(String(buffer: response.body))")
                }
            }
            #expect(try AnnotationReader().read(notes).notes.count == 3)
            let refused: [([String: Any], HTTPResponse.Status)] = [
                (["anchor": "statistic", "country": "cuba", "key": "no.such.key", "note": "x"], .unprocessableContent),
                (["anchor": "tier", "country": "atlantis", "note": "x"], .notFound),
                (["anchor": "tier", "country": "cuba", "note": "   "], .badRequest),
                (
                    ["anchor": "quote", "country": "cuba", "section": "headline", "item": "sentence", "index": 999, "note": "x"],
                    .unprocessableContent
                ),
                (["anchor": "tier", "country": "cuba", "note": String(repeating: "x", count: 20_001)], .contentTooLarge),
            ]
            for (body, status) in refused {
                try await client.execute(uri: "/api/notes", method: .post, headers: token, body: json(body)) { response in
                    #expect(response.status == status, "\(body["anchor"]!) \(String(buffer: response.body))")
                }
            }
            try await client.execute(
                uri: "/api/notes", method: .post, headers: token, body: ByteBuffer(bytes: [UInt8](repeating: 65, count: 70_000))
            ) { response in #expect(response.status == .contentTooLarge) }
            try await client.execute(uri: "/api/notes", method: .post, headers: token, body: ByteBuffer(string: "not json")) { response in
                #expect(response.status == .badRequest)
            }
            #expect(try AnnotationReader().read(notes).notes.count == 3, "nothing refused was written")
        }
    }

    @Test func aNoteThatWouldGrowTheFilePastTheReadersLimitIsRefusedAndThePageStillLoads() async throws {
        let (app, _, notes, _) = try review()
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: notes).deletingLastPathComponent().path, withIntermediateDirectories: true)
        let big = String(repeating: "x", count: AnnotationReader.largestFile - 500)
        let original = "notes:\n  - id: big\n    note: \"\(big)\"\n    anchor: {tier: true}\n"
        try Data(original.utf8).write(to: URL(fileURLWithPath: notes))
        try await app.test(.router) { client in
            let body = json(["anchor": "tier", "country": "cuba", "note": String(repeating: "y", count: 1_000)])
            try await client.execute(uri: "/api/notes", method: .post, headers: token, body: body) { response in
                #expect(response.status == .conflict)
                let answer = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect((answer?["error"] as? String)?.contains("past the \(AnnotationReader.largestFile) that readers accept") == true)
            }
            try await client.execute(uri: "/?token=secret", method: .get) { response in #expect(response.status == .ok) }
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == original)
    }

    @Test func requestsWithoutTheTokenOrFromAnotherSiteAreRefused() async throws {
        let (app, _, notes, _) = try review()
        try await app.test(.router) { client in
            let cases: [(String, HTTPFields)] = [
                ("/", [:]),
                ("/?token=wrong", [:]),
                ("/?token=secret", [HTTPField.Name("Host")!: "evil.example:8765"]),
                ("/?token=secret", [.origin: "http://evil.example"]),
                ("/api/notes", [HTTPField.Name("X-Review-Token")!: "secre"]),
            ]
            for (uri, headers) in cases {
                try await client.execute(uri: uri, method: .get, headers: headers) { response in
                    #expect(response.status == .forbidden, "\(uri) \(headers)")
                }
            }
            var forged = token
            forged[.origin] = "http://evil.example"
            try await client.execute(
                uri: "/api/notes", method: .post, headers: forged, body: json(["anchor": "tier", "country": "cuba", "note": "x"])
            ) {
                response in #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/?token=secret", method: .get, headers: [.origin: "http://localhost"]) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: notes))
    }

    @Test func concurrentSavesKeepEveryNote() async throws {
        let (app, _, notes, comparison) = try review()
        try await app.test(.router) { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<10 {
                    var body = quote(comparison, index: 2, words: 4)
                    body["note"] = "Note \(index)."
                    let request = json(body)
                    group.addTask {
                        try await client.execute(uri: "/api/notes", method: .post, headers: token, body: request) { $0.status }
                    }
                }
                for try await status in group { #expect(status == .created) }
            }
        }
        let texts = try AnnotationReader().read(notes).notes.map(\.text)
        #expect(Set(texts) == Set((0..<10).map { "Note \($0)." }))
    }

    @Test func aNotesFileChangedOnDiskIsWhatThePageShows() async throws {
        let (app, session, notes, comparison) = try review()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/notes", method: .post, headers: token, body: json(quote(comparison, index: 2, words: 6))) {
                _ in
            }
            let before = await session.version()
            // An editor (or git pull) changes the file.
            let text = try String(contentsOfFile: notes, encoding: .utf8).replacingOccurrences(
                of: "Look at **this**.", with: "Edited by hand.")
            try Data(text.utf8).write(to: URL(fileURLWithPath: notes))
            try await client.execute(uri: "/api/version", method: .get, headers: token) { response in
                #expect(!String(buffer: response.body).contains(before))
            }
            try await client.execute(uri: "/?token=secret", method: .get) { response in
                #expect(String(buffer: response.body).contains("Edited by hand."))
            }
        }
    }
}
