import ArgumentParser
import TIPModel
import TIPParsing
import TIPStatistics

/// The JSON form of one edition's statistics.
struct StatisticsDocument: Encodable {
    var country: String
    var reportYear: Int?
    var source: EditionSource
    var statistics: [Statistic]
}
