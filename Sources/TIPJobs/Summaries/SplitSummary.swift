/// What a split says it did: how many narratives it wrote for the year, then each narrative's path with the
/// line of the file it starts on (or the second heading it skipped).
public enum SplitSummary {
    public static func render(_ result: SplitJob.Result) -> String {
        let lines = result.narratives.map { outcome in
            switch outcome {
            case .written(let path, let line, let named):
                "  \(path)  (\(result.file):\(line)\(named ? "" : ", name not in the alias table"))"
            case .repeated(let country, let line):
                "  skipped \(result.file):\(line): a second heading for \(country)"
            }
        }
        return "wrote \(result.written) narratives for \(result.year):\n" + lines.joined(separator: "\n")
    }
}
