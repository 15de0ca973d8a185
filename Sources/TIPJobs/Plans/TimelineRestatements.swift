import TIPHistory
import TIPModel
import TIPTimelines

/// The restatement audit of one country's editions as the timeline shows it: TIPHistory's auditor run over
/// the same editions, each check made a plain timeline value (the timeline module cannot see TIPHistory).
public enum TimelineRestatements {
    /// The checks of `editions` (each with its year), in edition order then as the auditor found them.
    public static func audit(country: String, editions: [(year: Int, edition: Edition)]) -> [TimelineRestatement] {
        RestatementAuditor.audit(country: country, editions: editions).map { check in
            TimelineRestatement(
                year: check.restated.year, path: check.restated.path, key: check.key, period: check.period, status: check.status.rawValue,
                value: check.restated.value, counted: check.restated.counted, sentence: check.restated.sentence,
                reportedYear: check.reported?.year, reportedPath: check.reported?.path, reportedValue: check.reported?.value,
                reportedSentence: check.reported?.sentence, reason: check.reason)
        }
    }
}
