import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Messages that say what went wrong: unknown options and commands, where notes were looked for, a busy
/// port, each command's formats; and outputs that go where the user sent the others.
@Suite struct MessageTests {
    @Test(arguments: [
        ["report", "--format", "json"], ["review", "--host", "0.0.0.0"], ["report", "Reports/2024", "--frobnicate", "x"],
        ["tiers", "2023", "2024", "--formt", "json"],
    ])
    func anUnknownOptionWithAValueIsNamedAsAnOptionOfItsCommand(arguments: [String]) throws {
        let run = try Run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("'\(arguments[arguments.count - 2])' is not an option of 'tipdiff \(arguments[0])'"), "\(run.stderr)")
        #expect(!run.stderr.contains("give two editions"))
        #expect(run.stdout.isEmpty)
    }

    @Test func oneEditionAloneIsStillAskedForItsPair() throws {
        let run = try Run(["report", "Reports/2024"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: give two editions (OLD NEW), or none"), "\(run.stderr)")
        let year = try Run(["tiers", "2023", "last"])
        #expect(year.status == 2)
        #expect(year.stderr.contains("error: 'last' is not a year (tipdiff tiers 2023 2024)"), "\(year.stderr)")
    }

    @Test func aMistypedCommandSuggestsTheNearestOne() throws {
        let run = try Run(["reprot"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: 'reprot' is not a tipdiff command (did you mean 'report'?)"), "\(run.stderr)")
        let nested = try Run(["annotate", "chek", "examples/bad.yaml"])
        #expect(nested.status == 2)
        #expect(nested.stderr.contains("'chek' is not a tipdiff annotate command (did you mean 'check'?)"), "\(nested.stderr)")
    }

    @Test func helpOfAnUnknownCommandExitsWithTwo() throws {
        let run = try Run(["help", "frobnicate"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no help for 'frobnicate'"), "\(run.stderr)")
        #expect(run.stderr.contains("report"))
        #expect(run.stdout.isEmpty)
        #expect(try Run(["help", "help"]).status == 0)
        let known = try Run(["help", "annotate", "check"])
        #expect(known.status == 0)
        #expect(known.stdout.contains("--edition"))
    }

    @Test func eachCommandsFormatHelpListsOnlyTheFormatsItAccepts() throws {
        let expected: [(command: [String], accepted: [String])] = [
            (["parse"], ["text", "json"]), (["stats"], ["text", "json", "csv"]), (["diff"], ["text", "json", "csv", "markdown"]),
            (["annotate", "check"], ["text", "json", "csv"]), (["tiers"], ["text", "json", "csv", "markdown"]),
            (["timeline"], ["text", "json", "csv", "markdown", "html"]), (["history"], ["text", "json", "csv", "html"]),
            (["ledger"], ["text", "json", "csv", "html"]), (["restatements"], ["text", "json", "csv", "html"]),
            (["terms"], ["text", "json", "csv", "html"]),
        ]
        for (command, accepted) in expected {
            let run = try Run(["help"] + command)
            #expect(run.status == 0)
            // The option's entry: its line and the wrapped lines under it, up to the next option.
            let lines = run.stdout.components(separatedBy: "\n")
            let start = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--format") }, "\(command)")
            let entry = ([lines[start]] + lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("-") })
                .joined(separator: " ")
            let named = ["text", "json", "csv", "markdown", "html"].filter {
                entry.range(of: "\\b\($0)\\b", options: .regularExpression) != nil
            }
            #expect(named == accepted, "\(command): \(entry)")
        }
    }

    @Test func reportFromAnotherFolderSaysWhereNotesWereLookedFor() throws {
        let folder = try temporaryFolder()
        let reports = Run.root.appendingPathComponent("Reports").path
        let run = try Run(["report", "\(reports)/2024", "\(reports)/2025", "--data", "\(reports)/tiers", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("notes: none found: no Annotations/ folder in \(folder.path) (give --annotations PATH)"), "\(run.stdout)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Annotations"), withIntermediateDirectories: true)
        let empty = try Run(["report", "\(reports)/2024", "\(reports)/2025", "--data", "\(reports)/tiers", "--quiet"], in: folder)
        #expect(empty.stdout.contains("notes: none found: no .yaml files in \(folder.path)/Annotations"), "\(empty.stdout)")
    }

    @Test func aBusyPortIsNamedWithWhatToDo() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, size) == 0 && getsockname(listener, $0, &size) == 0 }
        }
        try #require(bound && listen(listener, 1) == 0)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let run = try Run(["review", "--port", "\(port)"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: port \(port) is in use; give --port N or stop the other server"), "\(run.stderr)")
        #expect(!run.stderr.contains("errno"))
    }

    @Test func outputsNotNamedGoBesideTheOnesThatAre() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Reports"), withDestinationURL: Run.root.appendingPathComponent("Reports"))
        let run = try Run(
            ["report", "-o", "elsewhere/r.xml", "--html", "elsewhere/r.html", "--markdown", "elsewhere/r.md", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("elsewhere/changes.csv").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        #expect(run.stdout.contains("elsewhere/r.md, elsewhere/changes.csv"), "\(run.stdout)")
    }
}
