/// What a change is about: one case per node type of the change tree.
public enum ChangeCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case tier, effort, verdict, section, sentence, term, statistic, format, recommendation, country
}
