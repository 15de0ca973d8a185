import TIPStatistics
import TIPSupport

/// The restatement audit as CSV: a row per check, the restating edition's figure and quote beside the
/// reporting edition's.
public enum RestatementCSV {
    public static func render(_ audit: RestatementAudit) -> String {
        var table = CSVTable(header: [
            "country", "key", "period", "status", "year", "value", "quote", "path", "reported_year", "reported_value", "reported_quote",
            "reported_path", "reason",
        ])
        for check in audit.checks {
            let figure = check.restated
            let reported = check.reported
            table.append([
                check.country, check.key, check.period, check.status.rawValue, String(figure.year), Statistic.format(figure.value),
                figure.sentence, figure.path, reported.map { String($0.year) } ?? "", reported.map { Statistic.format($0.value) } ?? "",
                reported?.sentence ?? "", reported?.path ?? "", check.reason ?? "",
            ])
        }
        return table.text
    }
}
