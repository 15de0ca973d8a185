/// Options several commands share: where the tier and alias tables are, and the output format.
import ArgumentParser
import TIPTiers

/// `--data`: the tier tables and the alias table.
struct DataOptions: ParsableArguments {
    @Option(help: "The folder of tier tables and the alias table (default: Reports/tiers when present, else the copy built into tipdiff).")
    var data: String?
}
