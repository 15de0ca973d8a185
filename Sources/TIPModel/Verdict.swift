/// The verdict a section opens with ("The government maintained prosecution efforts").

public enum Verdict: String, Sendable, Hashable, Codable {
    case maintained, increased, decreased
}
