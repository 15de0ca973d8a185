/// Messages that say what went wrong: unknown options and commands, each command's formats.
import Foundation
import Testing

@Suite struct MessageTests {
    @Test(arguments: [["report", "--format", "json"], ["review", "--host", "0.0.0.0"], ["report", "Reports/2024", "--frobnicate", "x"]])
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
        #expect(run.stderr.contains("give two editions (OLD NEW), or none"), "\(run.stderr)")
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
        let known = try Run(["help", "annotate", "check"])
        #expect(known.status == 0)
        #expect(known.stdout.contains("--edition"))
    }

    @Test func eachCommandsFormatHelpListsOnlyTheFormatsItAccepts() throws {
        let expected: [(command: [String], accepted: [String])] = [
            (["parse"], ["text", "json"]), (["stats"], ["text", "json", "csv"]), (["diff"], ["text", "json", "csv", "markdown"]),
            (["annotate", "check"], ["text", "json", "csv"]), (["tiers"], ["text", "json", "csv", "markdown"]),
            (["timeline"], ["text", "json", "csv", "markdown", "html"]),
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
}
