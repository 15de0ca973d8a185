/// A figure an edition of the timeline restates for an earlier period, with what checking it against the
/// edition that reported it as current found: a plain value, so that the timeline's renderers can show the
/// audit made by the module that owns it (TIPHistory builds on this module, not the other way round).
public struct TimelineRestatement: Sendable, Hashable, Encodable {
    /// The edition that restates it.
    public var year: Int
    public var path: String
    /// The statistic's key ("prosecution.investigations") and the period restated ("2018").
    public var key: String
    public var period: String
    /// "consistent", "revised" or "not found".
    public var status: String
    public var value: Double
    /// What the figure counts ("trafficking cases") and the sentence that restates it.
    public var counted: String
    public var sentence: String
    /// The earlier edition's figure for the period, when one gives it as current.
    public var reportedYear: Int?
    public var reportedPath: String?
    public var reportedValue: Double?
    public var reportedSentence: String?
    /// Why nothing was found, for "not found".
    public var reason: String?

    public init(
        year: Int, path: String, key: String, period: String, status: String, value: Double, counted: String, sentence: String,
        reportedYear: Int? = nil, reportedPath: String? = nil, reportedValue: Double? = nil, reportedSentence: String? = nil,
        reason: String? = nil
    ) {
        self.year = year
        self.path = path
        self.key = key
        self.period = period
        self.status = status
        self.value = value
        self.counted = counted
        self.sentence = sentence
        self.reportedYear = reportedYear
        self.reportedPath = reportedPath
        self.reportedValue = reportedValue
        self.reportedSentence = reportedSentence
        self.reason = reason
    }

    /// The statuses in the order the renderers count them.
    public static let statuses = ["consistent", "revised", "not found"]
}
