/// What a section of a narrative is about.

public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case headline, recommendations, prosecution, protection, prevention, profile, other
}
