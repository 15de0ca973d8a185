import Foundation
import TIPModel
import TIPParsing
import Yams

/// Real report text coded by hand (Tests/Fixtures/real): section excerpts with every figure, their verdicts,
/// headlines with their placements, and a consecutive pair with every figure's relation.
public enum RealText {
    public static let folder = Seed.root.appendingPathComponent("Tests/Fixtures/real")

    /// One coded figure of an excerpt.
    public struct Figure: Sendable {
        public var value: Double
        public var upper: Double?
        public var unit: String
        /// The period as the text states it ("2016", "previous reporting period"), `nil` when it states none.
        public var period: String?
        public var cue: [String]
    }

    /// One excerpt with its coded figures.
    public struct Excerpt: Sendable, CustomStringConvertible {
        public var file: String
        public var reportYear: Int
        public var figures: [Figure]
        /// Phrases whose numbers count neither way ("In one noteworthy case").
        public var ambiguous: [String]
        public var description: String { file }

        public var path: String { RealText.folder.appendingPathComponent("sections/\(file)").path }
        public var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        public func edition() throws -> Edition {
            try EditionLoader().edition(from: Array(text.utf8), path: path, format: .text)
        }
    }

    /// Every coded excerpt, in file order.
    public static let excerpts: [Excerpt] = {
        let sections = folder.appendingPathComponent("sections")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: sections.path)) ?? []).filter { $0.hasSuffix(".gold.yaml") }
        return names.sorted().compactMap { name in
            guard let text = try? String(contentsOf: sections.appendingPathComponent(name), encoding: .utf8),
                let gold = (try? Yams.load(yaml: text)) as? [String: Any], let file = gold["file"] as? String
            else { return nil }
            let figures = (gold["statistics"] as? [[String: Any]] ?? []).map { entry in
                Figure(
                    value: number(entry["value"]) ?? .nan, upper: number(entry["upper"]), unit: entry["unit"] as? String ?? "",
                    period: (entry["period"]).map { "\($0)" }, cue: (entry["cue"] as? [Any] ?? []).map { "\($0)" })
            }
            let ambiguous = (gold["ambiguous"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            return Excerpt(
                file: file, reportYear: gold["report_year"] as? Int ?? 0, figures: figures, ambiguous: ambiguous)
        }
    }()

    /// `verdicts.csv`: the file, the direction and the qualifier each excerpt opens with.
    public static let verdicts: [(file: String, direction: String, qualifier: String)] = rows("sections/verdicts.csv").map {
        ($0[0], $0[1], $0[2])
    }

    /// `headlines/truth.csv`: file, country, year, tier, movement, consecutive, waiver, policy or pattern.
    public static let headlines: [[String]] = rows("headlines/truth.csv")

    /// The coded pairs of consecutive editions, as YAML values (read anew on each call: `Any` is not `Sendable`).
    public static var pairs: [[String: Any]] {
        let pairs = folder.appendingPathComponent("pairs")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: pairs.path)) ?? []).filter { $0.hasSuffix(".yaml") }
        return names.sorted().compactMap { name in
            (try? String(contentsOf: pairs.appendingPathComponent(name), encoding: .utf8)).flatMap { try? Yams.load(yaml: $0) }
                as? [String: Any]
        }
    }

    /// A coded period in the calendar, the way resolved periods are written: "2016", "FY 2018", "2012-2017";
    /// `nil` (stated none) is the reporting period, the year before the edition's.
    public static func calendarPeriod(_ coded: String?, reportingYear r: Int) -> String {
        guard let coded = coded?.lowercased().trimmingCharacters(in: .whitespaces) else { return String(r) }
        let years = coded.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { $0 > 1900 }.sorted()
        if years.count == 1 { return String(years[0]) }
        if years.count == 2 { return "\(years[0])-\(years[1])" }
        if coded.contains("previous") || coded.contains("prior") || coded == "last year" {
            return (coded.contains("fiscal") ? "FY " : "") + String(r - 1)
        }
        if coded.contains("fiscal year") { return "FY \(r)" }
        let words = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
        let parts = coded.split(separator: " ").map(String.init)
        if parts.count == 3, parts[0] == "last", parts[2] == "years", let n = Int(parts[1]) ?? words[parts[1]] {
            return "\(r - n + 1)-\(r)"
        }
        return coded
    }

    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let value as Int: Double(value)
        case let value as Double: value
        default: nil
        }
    }

    private static func rows(_ relative: String) -> [[String]] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isNewline).dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
