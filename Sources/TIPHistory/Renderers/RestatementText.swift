import TIPStatistics
import TIPSupport

/// The restatement audit as text: the counts, then per country each check with both values, both quotes
/// and both editions where the figure was revised.
public enum RestatementText {
    public static func render(_ audit: RestatementAudit) -> String {
        var out = [
            "\(audit.checks.count) restated figure\(audit.checks.count == 1 ? "" : "s") in \(audit.countries.count) countr"
                + "\(audit.countries.count == 1 ? "y" : "ies"): "
                + RestatementStatus.allCases.map { "\(audit.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        ]
        var country: String?
        for check in audit.checks {
            if check.country != country {
                country = check.country
                out += ["", check.country]
            }
            let figure = check.restated
            out.append(
                "  \(figure.year)  " + check.status.rawValue.padded(11) + "\(check.key) for \(check.period): "
                    + "\(Statistic.readable(figure.value)) \(figure.counted)")
            switch check.status {
            case .consistent:
                out.append("        as the \(check.reported!.year) edition reported it")
            case .revised:
                let reported = check.reported!
                out.append("        \(figure.path): \"\(figure.sentence.truncated(to: 110))\"")
                out.append(
                    "        \(reported.path) gave \(Statistic.readable(reported.value)): \"\(reported.sentence.truncated(to: 110))\"")
            case .notFound:
                out.append("        \(check.reason ?? "")")
            }
        }
        return out.joined(separator: "\n")
    }
}
