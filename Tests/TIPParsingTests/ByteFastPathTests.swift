import Foundation
import TIPModel
import Testing

@testable import TIPParsing

/// The byte-level fast paths of parsing give exactly what the general scalar and Foundation paths give.
@Suite struct ByteFastPathTests {
    private func decoded(_ bytes: [UInt8]) throws -> String {
        try EditionLoader.decode(bytes, path: "cuba.txt")
    }

    @Test func cleanUTF8IsTakenAsItIs() throws {
        let text = "CUBA: Tier 3\n\nThe government’s “policy or pattern” – 5 años.\n"
        #expect(EditionLoader.validatedClean(Array(text.utf8)) == text)
        #expect(try decoded(Array(text.utf8)) == text)
    }

    @Test func byteOrderMarkIsDroppedOnce() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("Cuba".utf8)
        #expect(EditionLoader.validatedClean(bytes) == "\u{FEFF}Cuba")
        #expect(try decoded(bytes) == "\u{FEFF}Cuba")
    }

    @Test func textToCleanTakesTheScalarPath() throws {
        // A lone carriage return, a C0 control, DEL and a C1 control (U+0085) each need cleaning.
        for bytes: [UInt8] in [[0x61, 0x0D, 0x62], [0x61, 0x07], [0x61, 0x7F], [0x61, 0xC2, 0x85]] {
            #expect(EditionLoader.validatedClean(bytes) == nil)
        }
        #expect(try decoded([0x61, 0x0D, 0x62]) == "a\nb")
        #expect(try decoded([0x61, 0x0D, 0x0A, 0x62]) == "a\r\nb")
        #expect(try decoded([0x61, 0xC2, 0x85]) == "a\u{FFFD}")
        // U+00A0 (0xC2 0xA0) is not a control: the fast path keeps it.
        #expect(EditionLoader.validatedClean([0x61, 0xC2, 0xA0]) == "a\u{A0}")
    }

    @Test func malformedUTF8IsStillReportedWhereItIs() {
        let bytes = Array("ok\nab".utf8) + [0xFF]
        #expect(EditionLoader.validatedClean(bytes) == nil)
        let error = #expect(throws: EditionError.self) { try decoded(bytes) }
        #expect(error?.description.hasPrefix("cuba.txt:2:3:") == true)
    }

    @Test func byteSearchFindsWhatStringSearchFinds() {
        let text = "the “government policy or pattern” of forced labor"
        for needle in ["policy or pattern", "forced labor", "the", "labour", "”", "pattern” of"] {
            #expect(ByteSearch.contains(text, needle) == text.contains(needle), "\(needle)")
        }
        #expect(ByteSearch.firstOffset(of: "or".utf8, in: Array("for or".utf8)) == 1)
        #expect(ByteSearch.firstOffset(of: "xyz".utf8, in: Array("xy".utf8)) == nil)
    }

    @Test func caseInsensitiveSearchComparesASCIILettersOnly() {
        #expect(ByteSearch.containsIgnoringASCIICase("does not meet the MINIMUM Standards", "minimum standards"))
        #expect(!ByteSearch.containsIgnoringASCIICase("minimum-standards", "minimum standards"))
        #expect(!ByteSearch.containsIgnoringASCIICase("minimum", "minimum standards"))
    }

    @Test func textThatCouldFoldToOtherLettersIsNotCaseFoldSafe() {
        #expect(ByteSearch.isCaseFoldSafe("The government’s “efforts” – all"))
        // The long s folds to "s", the Kelvin sign to "k", the "st" ligature to "st".
        for text in ["minimum ſtandards", "\u{212A}", "ﬆandards", "é"] { #expect(!ByteSearch.isCaseFoldSafe(text)) }
    }

    @Test func asciiLoweringAndScalarReplacementMatchTheGeneralForms() {
        let text = "The Government’s “Policy” OF 2024"
        #expect(ByteSearch.asciiLowercased(text) == text.lowercased())
        #expect(ByteSearch.replacing("’", with: "'", in: text) == "The Government's “Policy” OF 2024")
        #expect(ByteSearch.isQuotedASCII(text))
        #expect(!ByteSearch.isQuotedASCII(text + " Curaçao"))
    }

    /// A headline read on its bytes and the same headline forced onto the general path (a non-ASCII
    /// letter in a name makes it so) give the same placement.
    @Test(arguments: [
        "The Government of Testland does not fully meet the minimum standards for the elimination of trafficking and is not making significant efforts to do so; therefore Testland remained on Tier 3. During the reporting period there was a “government policy or pattern” of forced labor.",
        "The Government of Testland does not fully meet the minimum standards but is making significant efforts to do so. Testland was granted a waiver from an otherwise required downgrade to Tier 3. Therefore Testland remained on Tier 2 Watch List for the third consecutive year.",
        "The Government of Testland fully meets the minimum standards. Testland was upgraded from Tier 2 to Tier 1. There was no “policy or pattern” of trafficking.",
        "The Government of Testland does not fully meet the minimum standards. Testland was downgraded from Tier 2 Watch List to Tier 3 and did not receive a waiver.",
    ])
    func headlineOnBytesReadsAsOnTheGeneralPath(headline: String) {
        let simple = PlacementReader.placement(in: headline, headingTier: nil)
        let general = PlacementReader.placement(in: headline.replacingOccurrences(of: "Testland", with: "Testlând"), headingTier: nil)
        #expect(simple.placement == general.placement)
        #expect(simple.movement == general.movement)
        #expect(simple.previous == general.previous)
        #expect(simple.statement == general.statement?.replacingOccurrences(of: "Testlând", with: "Testland"))
        #expect(simple.consecutiveYears == general.consecutiveYears)
        #expect(simple.effort == general.effort)
        #expect(simple.waiver == general.waiver)
        #expect(simple.policyOrPattern == general.policyOrPattern)
    }

    @Test func headlineFormulaIsFoundInAnyCaseOnEitherPath() {
        let headline = "THE GOVERNMENT OF TESTLAND DOES NOT FULLY MEET THE MINIMUM STANDARDS FOR THE ELIMINATION OF TRAFFICKING."
        #expect(Headline.isHeadline(headline))
        #expect(Headline.isHeadline(headline.replacingOccurrences(of: "TESTLAND", with: "CURAÇAO")))
        #expect(!Headline.isHeadline("The minimum wage rose."))
    }
}

/// The scanner's and segmenter's shortcuts skip only work whose answer they already know.
@Suite struct ParsingShortcutTests {
    /// The folding `Text.folded` did before it wrote straight into the string.
    private func referenceFolded(_ scalars: [Unicode.Scalar]) -> String {
        var kept = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar.isBlank {
                pendingSpace = !kept.isEmpty
            } else {
                if pendingSpace { kept.append(" ") }
                pendingSpace = false
                kept.append(scalar)
            }
        }
        return String(kept)
    }

    @Test(arguments: ["  The  government’s\n“efforts”\u{A0}–\tmodest. ", "", " \n ", "né\u{301}e  ok", "🇨🇺 Cuba"])
    func foldingWritesWhatTheScalarFoldingWrote(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(Text.folded(scalars[...]) == referenceFolded(scalars))
    }

    @Test func everySectionHeadingMayStartAHeading() {
        for heading in [
            "PROSECUTION", "Law Enforcement", "protection", "PREVENTION", "Trafficking Profile", "PRIORITIZED RECOMMENDATIONS",
            "Recommendations for Cuba",
        ] {
            let s = Array(heading.unicodeScalars)
            #expect(SectionHeadings.mayStartHeading(s[0], s[1]), "\(heading)")
            #expect(SectionHeadings.match(heading) != nil, "\(heading)")
        }
        for line in ["The government", "P ROSECUTION", "Prior to", "2024 report"] {
            let s = Array(line.unicodeScalars)
            #expect(!SectionHeadings.mayStartHeading(s[0], s[1]) || SectionHeadings.match(line) == nil, "\(line)")
        }
        #expect(!SectionHeadings.mayStartHeading("T", "h"))
        // A non-ASCII start is left to the full test.
        #expect(SectionHeadings.mayStartHeading("ſ", "T"))
    }

    @Test func onlyAShortOrNonASCIILineMayBeACountryHeading() {
        let long = Array(String(repeating: "Cuba ", count: 20).unicodeScalars)
        #expect(!CountryHeading.mayFit(long[...]))
        #expect(CountryHeading.mayFit(long[..<90]))
        #expect(CountryHeading.mayFit((long + ["[", "1", "]"])[...]))
        #expect(CountryHeading.mayFit((long + ["é"])[...]))
    }

    @Test func aBlockWithoutQuotesAtItsEndsIsOnlyTrimmed() {
        let s = Array("  The “forced labor” program.  ".unicodeScalars)
        #expect(QuoteScanner.unwrapped(s, 0..<s.count) == 2..<(s.count - 2))
        let quoted = Array("“The program.”".unicodeScalars)
        #expect(QuoteScanner.unwrapped(quoted, 0..<quoted.count) == 1..<(quoted.count - 1))
    }

    @Test func abbreviationsWithCurlyOrStraightApostrophesDoNotEndASentence() {
        for text in [
            "The Dep’t. Of Labor acted. Then it stopped.", "The Dep't. Of Labor acted. Then it stopped.",
            "The U.S. Government acted. Then it stopped.",
        ] {
            let s = Array(text.unicodeScalars)
            #expect(SentenceSegmenter().sentences(in: s, range: 0..<s.count).count == 2, "\(text)")
        }
        // A non-ASCII letter in the word takes the general path: "Sté." is no abbreviation.
        let s = Array("It was Sté. Then it stopped.".unicodeScalars)
        #expect(SentenceSegmenter().sentences(in: s, range: 0..<s.count).count == 2)
    }
}

/// A verdict read from a paragraph's scalars as written is the one read from its folded text.
@Suite struct VerdictOnScalarsTests {
    @Test(arguments: [
        "The government  maintained\ninsufficient law enforcement efforts.",
        "  PROSECUTION The government\tdecreased\u{A0}efforts to protect victims, and ...",
        "The U.S. government modestly increased prevention efforts.",
        "Authorities made limited efforts to protect trafficking victims.",
        "It rained.",
    ])
    func readingFromScalarsIsTheReadingFromFoldedText(paragraph: String) {
        let scalars = Array(paragraph.unicodeScalars)
        #expect(VerdictReader.reading(ofScalars: scalars) == VerdictReader.reading(of: Text.folded(scalars)))
    }
}
