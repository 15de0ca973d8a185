import TIPModel
import TIPStatistics
import Testing

/// Figures whose keys differ only by a rewording the diff found throughout are one figure.
@testable import TIPDiff

@Suite struct RejoinedStatisticsTests {
    private func figure(_ key: String, _ value: Double, index: Int) -> Statistic {
        Statistic(
            index: index, text: String(Int(value)), value: value, unit: .count, counted: "workers", section: .profile, sentence: index,
            range: TextRange(0, 1), key: key)
    }

    @Test func aRewordedKeyIsOneFigure() {
        let changes = [
            StatisticChange(old: figure("profile.medical-laborers", 22_000, index: 0), new: nil),
            StatisticChange(old: nil, new: figure("profile.medical-workers", 26_000, index: 0)),
            StatisticChange(old: nil, new: figure("profile.countries", 55, index: 1)),
        ]
        let term = TermChange(old: "laborers", new: "workers", count: 33)
        let rejoined = StatisticsComparison.rejoined(changes, through: [term])
        #expect(rejoined.map(\.operation) == [.changed, .added])
        #expect(rejoined.first?.old?.value == 22_000 && rejoined.first?.new?.value == 26_000)
        #expect(StatisticsComparison.rejoined(changes, through: []).count == 3)
    }
}
