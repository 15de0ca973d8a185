import Foundation

/// Dates as notes carry them: a calendar day in UTC, written yyyy-MM-dd.
public enum ISODate {
    /// Today, in UTC.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
