import Foundation
import TIPDiff
import TIPModel
import TIPParsing
import TIPTestSupport
import Testing

/// Two real consecutive editions of a section: every figure related as the coded pair relates it, and none of
/// the tempting wrong pairings made.
@Suite struct RealPairTests {
    /// What the comparison relates: (old figure's start, new figure's start) → the relation's name.
    struct Reported {
        var relations: [String: String] = [:]

        init(_ comparison: CountryComparison) {
            for change in comparison.changes {
                switch change {
                case .statistic(let s):
                    relations[Self.key(s.old?.range.start, s.new?.range.start)] =
                        switch s.operation {
                        case .changed: "year-over-year"
                        case .revised: "revised"
                        case .added: "new"
                        case .removed: "dropped"
                        case .restated: "restated"
                        case .redefined: "not-comparable"
                        }
                case .format(let f): relations[Self.key(f.oldRange.start, f.newRange.start)] = "format-only"
                default: continue
                }
            }
            for figure in comparison.restated { relations[Self.key(figure.old?.range.start, figure.new?.range.start)] = "restated" }
        }

        static func key(_ old: Int?, _ new: Int?) -> String { "\(old.map(String.init) ?? "-")>\(new.map(String.init) ?? "-")" }
    }

    /// The start of the figure with `value` inside the first occurrence of `cue`.
    static func figure(_ value: Double, cue: String, in edition: ComparedEdition) -> Int? {
        guard let span = edition.edition.text.range(of: cue, options: .caseInsensitive) else { return nil }
        let lower = edition.edition.text.unicodeScalars.distance(
            from: edition.edition.text.unicodeScalars.startIndex, to: span.lowerBound)
        let upper = lower + cue.unicodeScalars.count
        return edition.statistics.first { $0.value == value && (lower..<upper).contains($0.range.start) }?.range.start
    }

    static func number(_ value: Any?) -> Double? {
        (value as? Int).map(Double.init) ?? (value as? Double)
    }

    func comparison(_ pair: [String: Any]) throws -> CountryComparison {
        func edition(_ name: String) throws -> Edition {
            let path = RealText.folder.appendingPathComponent("sections/\(name)").path
            return try EditionLoader().edition(from: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path, format: .text)
        }
        return Differ().compare(try edition(pair["old"] as? String ?? ""), try edition(pair["new"] as? String ?? ""))
    }

    @Test func everyCodedRelationIsReported() throws {
        #expect(!RealText.pairs.isEmpty)
        for pair in RealText.pairs {
            let diff = try comparison(pair)
            let reported = Reported(diff)
            for relation in pair["relations"] as? [[String: Any]] ?? [] where relation["outside_file_gold"] == nil {
                let kind = relation["kind"] as? String ?? ""
                let acceptable = Set([kind] + (relation["also_acceptable"] as? [String] ?? []))
                var old: Int?
                var new: Int?
                if let side = relation["old"] as? [String: Any] {
                    old = Self.figure(Self.number(side["value"]) ?? .nan, cue: side["cue"] as? String ?? "", in: diff.old)
                } else if let value = Self.number(relation["old"]) {
                    old = Self.figure(value, cue: relation["old_cue"] as? String ?? "", in: diff.old)
                }
                if let side = relation["new"] as? [String: Any] {
                    new = Self.figure(Self.number(side["value"]) ?? .nan, cue: side["cue"] as? String ?? "", in: diff.new)
                } else if let value = Self.number(relation["new"]) {
                    new = Self.figure(value, cue: relation["new_cue"] as? String ?? "", in: diff.new)
                }
                let measure = relation["measure"] as? String ?? ""
                switch kind {
                case "new":
                    #expect(reported.relations[Reported.key(nil, new)] == "new", "\(measure)")
                case "dropped":
                    #expect(reported.relations[Reported.key(old, nil)] == "dropped", "\(measure)")
                case "not-comparable":
                    // Not like for like: never a year-over-year change; each side alone, or said to be redefined.
                    let got = reported.relations[Reported.key(old, new)]
                    #expect(got == nil || got == "not-comparable", "\(measure): reported \(got ?? "")")
                default:
                    let got = reported.relations[Reported.key(old, new)]
                    #expect(got.map(acceptable.contains) == true, "\(kind) \(measure): reported \(got ?? "nothing")")
                }
            }
        }
    }

    @Test func noForbiddenPairingIsMade() throws {
        for pair in RealText.pairs {
            let diff = try comparison(pair)
            let reported = Reported(diff)
            for wrong in pair["must_not_pair"] as? [[String: Any]] ?? [] {
                let old = Self.figure(Self.number(wrong["old"]) ?? .nan, cue: wrong["old_cue"] as? String ?? "", in: diff.old)
                let new = Self.figure(Self.number(wrong["new"]) ?? .nan, cue: wrong["new_cue"] as? String ?? "", in: diff.new)
                #expect(old != nil && new != nil, "the coded figures are found: \(wrong)")
                #expect(reported.relations[Reported.key(old, new)] == nil, "\(wrong["why"] ?? "")")
            }
        }
    }
}
