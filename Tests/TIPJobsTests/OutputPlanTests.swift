import Foundation
import TIPJobs
import TIPModel
import TIPSupport
import Testing

/// Where outputs go: each as given, else beside the first one given, else in `out/`; and nothing is written
/// unless every output passes its checks.
@Suite struct OutputPlanTests {
    private let names = ["report.xml", "report.html", "report.md", "changes.csv"]

    @Test func outputsNotGivenGoIntoOut() {
        #expect(OutputPlan.paths(given: [nil, nil, nil, nil], defaults: names) == names.map { "out/\($0)" })
    }

    @Test func outputsNotGivenGoBesideTheFirstOneGiven() {
        #expect(
            OutputPlan.paths(given: [nil, "a/view.html", "b/s.md", nil], defaults: names) == [
                "a/report.xml", "a/view.html", "b/s.md", "a/changes.csv",
            ])
        #expect(
            OutputPlan.paths(given: ["r.xml", nil, nil, nil], defaults: names) == ["r.xml", "report.html", "report.md", "changes.csv"])
    }

    @Test func theReportPlanIsTheSharedPlan() {
        let outputs = ReportOutputs(xml: nil, html: "elsewhere/r.html", markdown: nil, csv: nil, pages: false)
        #expect(
            outputs.planned == [
                "elsewhere/report.xml", "elsewhere/r.html", "elsewhere/report.md", "elsewhere/changes.csv", "elsewhere/report.docx",
            ])
    }

    @Test func writingMakesTheFoldersAndWritesEveryFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try OutputPlan.write(
            [
                OutputPlan.File(path: "\(root)/a/one.txt", bytes: Array("1".utf8), named: true),
                OutputPlan.File(path: "\(root)/b/c/two.txt", bytes: Array("2".utf8), named: false),
            ], inputs: [])
        #expect(try String(contentsOfFile: "\(root)/a/one.txt", encoding: .utf8) == "1")
        #expect(try String(contentsOfFile: "\(root)/b/c/two.txt", encoding: .utf8) == "2")
    }

    @Test func nothingIsWrittenWhenOneOutputIsAnInput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let error = #expect(throws: AtomicFile.Failure.self) {
            try OutputPlan.write(
                [
                    OutputPlan.File(path: "\(root)/first.txt", bytes: [], named: true),
                    OutputPlan.File(path: "\(root)/input.txt", bytes: [], named: true),
                ], inputs: ["\(root)/./input.txt"])
        }
        #expect(error?.reason == "it is one of the inputs; choose another output path")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/first.txt"))
    }

    @Test func streamingChecksEveryPathBeforeMakingAnyOutput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var made: [String] = []
        let error = #expect(throws: AtomicFile.Failure.self) {
            try OutputPlan.stream(
                [
                    OutputPlan.Pending(path: "\(root)/first.txt", named: true) {
                        made.append("first")
                        return []
                    },
                    OutputPlan.Pending(path: "\(root)/input.txt", named: true) {
                        made.append("input")
                        return []
                    },
                ], inputs: ["\(root)/input.txt"])
        }
        #expect(error?.reason == "it is one of the inputs; choose another output path")
        #expect(made.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "\(root)/first.txt"))
    }

    @Test func streamingMakesEachOutputOnlyOnceTheOneBeforeIsWritten() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tipdiff-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var firstWasOnDisk = false
        try OutputPlan.stream(
            [
                OutputPlan.Pending(path: "\(root)/a/one.txt", named: true) { Array("1".utf8) },
                OutputPlan.Pending(path: "\(root)/b/two.txt", named: false) {
                    firstWasOnDisk = (try? String(contentsOfFile: "\(root)/a/one.txt", encoding: .utf8)) == "1"
                    return Array("2".utf8)
                },
            ], inputs: [])
        #expect(firstWasOnDisk)
        #expect(try String(contentsOfFile: "\(root)/b/two.txt", encoding: .utf8) == "2")
    }
}
