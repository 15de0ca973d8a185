import TIPStatistics
import Testing

/// Values written for the report's xs:decimal attributes: plain decimal notation at every size.
@Suite struct StatisticFormatTests {
    @Test(arguments: [
        (0.00001, "0.00001"), (-0.00001, "-0.00001"), (1.5e-7, "0.00000015"), (0.0001, "0.0001"), (4.5, "4.5"),
        (1818, "1818"), (4_900_000_000, "4900000000"), (1e20, "100000000000000000000"), (-2.5e21, "-2500000000000000000000"),
        (1.25e16, "12500000000000000"), (123456789012345.6, "123456789012345.6"),
    ])
    func valuesAreWrittenInPlainDecimalNotation(_ value: Double, _ expected: String) {
        #expect(Statistic.format(value) == expected)
    }

    @Test func everyWrittenValueReadsBackAsTheSameNumberWithoutAnExponent() {
        var value = 3.0e-12
        while value < 1e25 {
            let text = Statistic.format(value)
            #expect(!text.contains("e") && !text.contains("E"), "\(value) → \(text)")
            #expect(Double(text) == value, "\(value) → \(text)")
            value *= 7.3
        }
    }
}
