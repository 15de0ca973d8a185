/// One figure an edition restates for an earlier period, checked against the edition that gave it as current.
public struct RestatementCheck: Sendable, Hashable, Encodable {
    public var country: String
    /// The statistic's key ("prosecution.investigations").
    public var key: String
    /// The period restated, resolved ("2018").
    public var period: String
    public var status: RestatementStatus
    /// The restatement.
    public var restated: RestatedFigure
    /// The earlier edition's figure for the period, when one gives it.
    public var reported: RestatedFigure?
    /// Why nothing was found, for `not found`.
    public var reason: String?

    public init(
        country: String, key: String, period: String, status: RestatementStatus, restated: RestatedFigure, reported: RestatedFigure?,
        reason: String?
    ) {
        self.country = country
        self.key = key
        self.period = period
        self.status = status
        self.restated = restated
        self.reported = reported
        self.reason = reason
    }
}
