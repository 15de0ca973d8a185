/// The two editions (or year folders) `report` and `review` compare, from their positional arguments.

enum EditionPair {
    /// Both editions, or `nil` for none (the two newest years in Reports/). Called from `run()`, not from
    /// `validate()`: the parser validates a command before it refuses unknown options, and the value of an
    /// unknown option (`--format json`, `--host 0.0.0.0`) is taken as a positional argument, so a count
    /// checked in `validate()` hid the real mistake behind "give two editions".
    static func from(_ editions: [String]) throws(UsageError) -> (old: String, new: String)? {
        switch editions.count {
        case 0: return nil
        case 2: return (editions[0], editions[1])
        default: throw UsageError(message: "give two editions (OLD NEW), or none")
        }
    }
}
