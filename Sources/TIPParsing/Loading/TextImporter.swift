import Foundation
import TIPModel
import TIPSupport

/// Builds an `Edition` from a narrative's text in any of the report's heading, quoting and list styles.
public struct TextImporter: Sendable {
    public init() {}

    /// Parses `text`, read from `path`. `headingLines` are line numbers (from 1) the source marked as headings.
    public func edition(
        from text: String, path: String, sha256: String, format: EditionSource.Format = .text,
        headingLines: Set<Int> = []
    ) throws(EditionError) -> Edition {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !$0.isBlank }) else {
            throw .empty(SourceLocation(path: path))
        }
        let fileCountry = CountryNames.fromFileName(EditionPath.stem(of: path))
        let blocks = LineScanner(scalars: scalars, headingLines: headingLines, fileCountry: fileCountry).blocks()
        var builder = SectionBuilder(scalars: scalars)
        for block in blocks {
            if builder.take(block) == .finished { break }
        }
        guard builder.started, !builder.sections.isEmpty else { throw .noNarrative(SourceLocation(path: path)) }

        let sections = builder.sections.map { $0.section(scalars: scalars) }
        let headlineText = sections.filter { $0.kind == .headline }.flatMap(\.sentences).map(\.text).joined(separator: " ")
        let tier = PlacementReader.placement(in: headlineText, headingTier: builder.countryHeading?.tier)

        let country: String
        let countrySource: CountrySource
        if let heading = builder.countryHeading, !heading.name.isEmpty {
            (country, countrySource) = (heading.name, .heading)
        } else if let fileCountry {
            (country, countrySource) = (fileCountry, .fileName)
        } else if let named = Self.countryNamed(in: headlineText) {
            (country, countrySource) = (named, .text)
        } else {
            (country, countrySource) = (EditionPath.stem(of: path), .fileName)
        }

        var edition = Edition(
            country: country, countrySource: countrySource,
            reportYear: EditionPath.year(of: path) ?? Self.yearStated(in: text),
            tier: tier, sections: sections, recommendations: builder.recommendations(scalars: scalars),
            source: EditionSource(path: path, sha256: sha256, format: format), text: text)
        if !sections.contains(where: { $0.kind == .headline }) {
            let held = sections.map(\.kind.rawValue).joined(separator: ", ")
            edition.warnings.append(
                "no headline: a partial narrative (\(held) only)" + (tier.placement == .unknown ? "; tier unknown" : ""))
        }
        return edition
    }

    /// "The government of Cuba does not fully meet ..." → "Cuba".
    static func countryNamed(in headline: String) -> String? {
        guard let match = headline.firstMatch(of: Patterns.governmentOf)
        else { return nil }
        return CountryNames.displayName(String(match.output.name))
    }

    /// "the 2025 Trafficking in Persons Report" → 2025.
    static func yearStated(in text: String) -> Int? {
        guard let match = text.firstMatch(of: Patterns.reportYear) else {
            return nil
        }
        return Int(match.output.year)
    }
}

extension CountryHeading {
    /// Two headings of one narrative: the later one's tier wins when the earlier had none.
    static func merged(_ first: CountryHeading?, _ second: CountryHeading) -> CountryHeading {
        guard var merged = first else { return second }
        if merged.tier == nil { merged.tier = second.tier }
        // "CUBA" then "Tier 3": the name line stays the heading; a tier line first takes the name that follows.
        if second.isTierLine { return merged }
        if merged.isTierLine { merged.name = second.name }
        merged.isTierLine = false
        merged.text = second.text
        return merged
    }
}

/// Text helpers shared by the importers.
enum Text {
    /// The scalars as a string with runs of white space folded to one space.
    /// Two passes, the first counting the bytes, the second writing them into the string's storage.
    static func folded<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var capacity = 0
        var pendingSpace = false
        for scalar in scalars {
            if scalar.isBlank {
                pendingSpace = capacity > 0
            } else {
                if pendingSpace { capacity += 1 }
                pendingSpace = false
                capacity += UTF8.width(scalar)
            }
        }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            var pendingSpace = false
            for scalar in scalars {
                if scalar.isBlank {
                    pendingSpace = offset > 0
                    continue
                }
                if pendingSpace {
                    buffer[offset] = 0x20
                    offset += 1
                }
                pendingSpace = false
                buffer.write(scalar, at: &offset)
            }
            return offset
        }
    }
}
