/// The direction of the verdict a section opens with ("The government maintained prosecution efforts").

public enum Verdict: String, Sendable, Hashable, Codable {
    case maintained, increased, decreased

    /// The verdict as a reader sees it: the direction with the qualifier written beside it ("maintained
    /// inadequate", "increased modestly"), the qualifier alone where no direction is stated ("limited").
    public static func phrase(_ direction: Verdict?, qualifier: String?) -> String? {
        switch (direction, qualifier) {
        case (nil, nil): nil
        case (let direction?, nil): direction.rawValue
        case (nil, let qualifier?): qualifier
        case (let direction?, let qualifier?): direction.rawValue + " " + qualifier
        }
    }
}
