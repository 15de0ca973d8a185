/// One change a person would quote: where it is, both texts, what happened in words, the reviewers' notes on
/// it, and where each text stands (the edition's file, its SHA-256, the section, the sentence number from 1).
public struct ChartRow: Sendable, Equatable {
    public var country: String
    public var section: String
    public var old: String
    public var new: String
    public var kind: String
    public var notes: [String]
    public var oldPlace: Place?
    public var newPlace: Place?

    /// Where one side's text stands.
    public struct Place: Sendable, Equatable {
        public var file: String
        public var sha256: String
        public var section: String
        /// "sentence 3", "recommendation 2", or "headline" for a finding of the whole narrative.
        public var position: String

        /// "Reports/2025/cuba.txt (sha256 ab12…), prosecution, sentence 3"
        public var citation: String { "\(file) (SHA-256 \(sha256)), \(section), \(position)" }
    }
}
