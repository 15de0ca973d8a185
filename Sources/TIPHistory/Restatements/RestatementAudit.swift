/// Every restated figure of an archive (or one country), checked: per country in name order, editions in
/// year order.
public struct RestatementAudit: Sendable, Encodable {
    public var checks: [RestatementCheck]

    public init(checks: [RestatementCheck]) { self.checks = checks }

    /// How many checks found `status`.
    public func count(_ status: RestatementStatus) -> Int { checks.filter { $0.status == status }.count }

    /// The countries checked, in order.
    public var countries: [String] {
        var seen = Set<String>()
        return checks.map(\.country).filter { seen.insert($0).inserted }
    }
}
