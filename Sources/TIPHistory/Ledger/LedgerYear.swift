import TIPModel

/// One recommendation in one edition: its status, its wording, and the sentences of that edition's
/// PROSECUTION, PROTECTION and PREVENTION text that share its subject, as evidence to read.
public struct LedgerYear: Sendable, Hashable, Encodable {
    /// A sentence of the edition that shares words of substance with the recommendation.
    public struct Evidence: Sendable, Hashable, Encodable {
        public var section: SectionKind
        public var text: String
        /// The recommendation's words of substance the sentence has, in the recommendation's order.
        public var shared: [String]

        public init(section: SectionKind, text: String, shared: [String]) {
            self.section = section
            self.text = text
            self.shared = shared
        }
    }

    public var year: Int
    public var status: LedgerStatus
    /// The recommendation as this edition words it (`nil` for `dropped`).
    public var text: String?
    public var evidence: [Evidence]

    public init(year: Int, status: LedgerStatus, text: String?, evidence: [Evidence] = []) {
        self.year = year
        self.status = status
        self.text = text
        self.evidence = evidence
    }
}
