import TIPAnnotations
import TIPTestSupport
import Testing

/// Malformed annotation files: every problem reported with its line, column and field.
@Suite struct ValidationTests {
    private func problems(_ yaml: String) -> [AnnotationProblem] {
        do {
            _ = try AnnotationReader().parse(yaml, path: "Annotations/test.yaml")
            return []
        } catch {
            return error.problems
        }
    }

    private let good = """
        notes:
          - id: one
            note: A note.
            anchor: {section: prosecution}
        """

    @Test func validFileReads() throws {
        let file = try AnnotationReader().parse(good, path: "a.yaml")
        #expect(file.notes.map(\.id) == ["one"])
        #expect(file.notes[0].anchor == .section(.prosecution))
        #expect(file.notes[0].status == .open)
        #expect(file.notes[0].location.line == 2)
    }

    @Test func unknownKeyIsLocatedWithASuggestion() {
        let found = problems("notes:\n  - id: one\n    note: x\n    anchr: {tier: true}\n")
        #expect(
            found.map(\.description).first?.hasPrefix(
                "Annotations/test.yaml:4:5: error: unknown key 'anchr' in a note (did you mean 'anchor'?)") == true)
        #expect(found.first?.snippet == "    anchr: {tier: true}\n    ^")
    }

    @Test(arguments: [
        ("notes:\n  - id: one\n    note: [a, b]\n    anchor: {tier: true}\n", 3, 11, "'note' must be text, not a list"),
        ("notes: {id: one}\n", 1, 8, "'notes' must be a list of notes"),
        ("notes:\n  - id: one\n    note: x\n", 2, 5, "missing key 'anchor'"),
        ("notes:\n  - id: one\n    note: x\n    anchor: {prefix: a}\n", 4, 22, "'prefix' goes with a quote anchor only"),
        (
            "notes:\n  - id: one\n    note: x\n    anchor: {}\n", 4, 13,
            "missing anchor: give one of quote, statistic, section, change or tier"
        ),
        (
            "notes:\n  - id: one\n    note: x\n    anchor: {quote: a, statistic: b}\n", 4, 13,
            "more than one anchor: quote and statistic; a note has exactly one"
        ),
        (
            "notes:\n  - id: one\n    note: x\n    anchor: {section: prosecution, tier: true}\n", 4, 13,
            "more than one anchor: section and tier; a quote may be narrowed to a section, nothing else"
        ),
        (
            "notes:\n  - id: one\n    note: x\n    date: 2026-02-30\n    anchor: {tier: true}\n", 4, 11,
            "bad date '2026-02-30': expected YYYY-MM-DD, a real calendar day"
        ),
        (
            "notes:\n  - id: one\n    note: x\n    date: 0000-01-01\n    anchor: {tier: true}\n", 4, 11,
            "bad date '0000-01-01': expected YYYY-MM-DD, a real calendar day"
        ),
        (
            "notes:\n  - id: one\n    note: x\n    status: done\n    anchor: {tier: true}\n", 4, 13,
            "unknown status 'done': expected open or resolved"
        ),
        (
            "notes:\n  - id: one\n    note: x\n    anchor: {section: protections}\n", 4, 23,
            "unknown section kind 'protections': expected one of headline, recommendations, prosecution, protection, prevention, profile, other"
        ),
        ("notes:\n  - id: one\n    note: x\n    anchor: {tier: yes please}\n", 4, 20, "'tier' takes the value true"),
        (
            "notes:\n  - id: one\n    note: x\n    tags: wages\n    anchor: {tier: true}\n", 4, 11,
            "'tags' must be a list of words, e.g. [wages, labor-export]"
        ),
        (
            "notes:\n  - id: 'has space'\n    note: x\n    anchor: {tier: true}\n", 2, 9,
            "id 'has space' may hold only letters, digits, '-', '_' and '.'"
        ),
        ("edition: a.txt\nnotess: []\n", 2, 1, "unknown key 'notess' in the file (did you mean 'notes'?)"),
        ("notes:\n  - id: one\n    note: \"unclosed\n", 4, 1, "YAML: found unexpected end of stream"),
    ])
    func malformedFileGivesItsLocatedError(_ yaml: String, _ line: Int, _ column: Int, _ message: String) {
        let found = problems(yaml)
        #expect(
            found.contains { $0.location?.line == line && $0.location?.column == column && $0.message == message },
            "\(found.map(\.description))")
    }

    @Test func duplicateIdsAreReportedAtTheSecond() {
        let found = problems(good + "\n  - id: one\n    note: again\n    anchor: {tier: true}\n")
        #expect(found.map(\.message) == ["duplicate id 'one' (first used at line 2)"])
        #expect(found.first?.location?.line == 5)
    }

    @Test func everyProblemInAFileIsReported() {
        let found = problems(
            """
            notes:
              - id: one
                note: x
                status: maybe
                anchor: {section: nowhere}
              - id: two
                anchr: {tier: true}
            """)
        #expect(found.count == 5, "\(found.map(\.message))")
    }

    @Test func billionLaughsIsRefused() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "notes: []\n"
        let found = problems(yaml)
        #expect(found.first?.message.contains("expands to more than") == true)
    }

    @Test func deepNestingIsRefused() {
        let yaml = "notes:\n  - id: one\n    note: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        #expect(problems(yaml).first?.message.contains("nested too deeply") == true)
    }

    @Test func tooLargeFileIsRefused() throws {
        let path = try temporaryFile("big.yaml", "notes:\n" + String(repeating: "# padding\n", count: 120_000))
        #expect(throws: AnnotationError.self) { try AnnotationReader().read(path) }
        do { _ = try AnnotationReader().read(path) } catch {
            #expect(error.problems.first?.message.hasPrefix("file too large") == true)
        }
    }
}

@Suite struct ReaderLimitTests {
    private func parse(_ yaml: String) -> Result<AnnotationFile, AnnotationError> {
        Result { () throws(AnnotationError) in try AnnotationReader().parse(yaml, path: "n.yaml") }
    }

    @Test func sevenThousandPlainNotesAreRead() throws {
        let notes = (0..<7_000).map { "  - id: n\($0)\n    note: x\n    anchor: {tier: true}\n" }.joined()
        let file = try parse("notes:\n" + notes).get()
        #expect(file.notes.count == 7_000)
    }

    @Test func aliasesThatExpandPastTheBytesAreRefused() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            yaml +=
                "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        guard case .failure(let error) = parse(yaml) else { Issue.record("accepted a billion laughs"); return }
        #expect(error.description.contains("aliases"))
    }

    @Test(arguments: [1, 3])
    func deepNestingIsRefusedWhateverTheIndentation(_ width: Int) {
        var yaml = "notes:\n"
        for level in 1...40 { yaml += String(repeating: " ", count: level * width) + "k\(level):\n" }
        yaml += String(repeating: " ", count: 41 * width) + "v: 1\n"
        guard case .failure(let error) = parse(yaml) else { Issue.record("accepted 40 levels"); return }
        #expect(error.description.contains("nested too deeply"))
    }

    @Test(arguments: ["+999-01-01", "2026-1-01", "２０２６-01-01", "2026-02-30", "0000-01-01", "0000-02-29"])
    func datesFollowTheSchemaRule(_ date: String) {
        let yaml = "notes:\n  - id: a\n    date: \"\(date)\"\n    note: x\n    anchor: {tier: true}\n"
        guard case .failure(let error) = parse(yaml) else { Issue.record("accepted \(date)"); return }
        #expect(error.description.contains("bad date"))
    }
}
