import TIPParsing
import Testing

/// Sentence boundaries: split at sentence ends, never inside abbreviations, numbers, quotations or ellipses.
@Suite struct SentenceSegmenterTests {
    private func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSegmenter().sentences(in: scalars, range: 0..<scalars.count).map {
            String(String.UnicodeScalarView(scalars[$0]))
        }
    }

    @Test func splitsAtSentenceEnds() {
        #expect(
            split("The regime maintained prosecution efforts. Authorities did not report data! Why? Unknown.")
                == ["The regime maintained prosecution efforts.", "Authorities did not report data!", "Why?", "Unknown."])
    }

    @Test(arguments: [
        "Traffickers exploit victims in the U.S. Government officials did not respond.",
        "Revise Art. 363.1 of the penal code to remove the requirement.",
        "Decree No. 17 of 2023 applied to all workers.",
        "Some programs, e.g. medical missions, paid little.",
        "Regulated workers, i.e. Cuban professionals abroad, were affected.",
        "Ms. Perez and Dr. Lopez testified before the court.",
        "Cuba reported $4.9 billion from medical services and 1.2 million visitors.",
        "The report by J. R. Smith described the program.",
        "The decree called them “deserters. Traitors.” and banned their return.",
        "Officials said the program was voluntary... The workers disagreed.",
        "Officials said the program was voluntary . . . The workers disagreed.",
        "The regime reported [...] Some reports were incomplete.",
    ])
    func doesNotSplitInside(_ text: String) {
        #expect(split(text) == [text])
    }

    @Test func closingQuotesAndFootnotesStayWithTheirSentence() {
        #expect(
            split("He called it “forced labor.” The regime denied it.[3] Observers disagreed.")
                == ["He called it “forced labor.”", "The regime denied it.[3]", "Observers disagreed."])
    }

    @Test func lowercaseContinuationIsNotANewSentence() {
        #expect(split("Sentences ranged from 3 to 20 yrs. in prison.") == ["Sentences ranged from 3 to 20 yrs. in prison."])
    }

    @Test func rangesAreTrimmedOffsets() {
        let text = "  First one.   Second one.  "
        let scalars = Array(text.unicodeScalars)
        let ranges = SentenceSegmenter().sentences(in: scalars, range: 0..<scalars.count)
        #expect(ranges == [2..<12, 15..<26])
    }
}
