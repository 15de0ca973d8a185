import TIPModel
import TIPParsing
import TIPReportsFolder
import TIPTierTables

/// Which countries a job reads: resolved through the alias table before any edition is read, so that a year
/// folder's files named for other countries are never opened.
public struct CountrySelection: Sendable {
    /// The country keys asked for (`ReportsFolder.countryKey`); `nil` for every country.
    public var keys: Set<String>?

    /// Every country.
    public static let all = CountrySelection(keys: nil)

    public init(keys: Set<String>?) { self.keys = keys }

    /// The countries `names` name (any name the alias table knows); every country when there are none. An
    /// unknown name is refused with the known names closest to it.
    public init(names: [String], in folder: ReportsFolder) throws(TierDataError) {
        guard !names.isEmpty else {
            self.init(keys: nil)
            return
        }
        var keys: Set<String> = []
        for name in names {
            guard folder.aliases.canonical(name) != nil else {
                throw TierDataError.unknownCountry(name, suggestions: folder.suggestions(for: name))
            }
            keys.insert(folder.countryKey(name))
        }
        self.init(keys: keys)
    }

    /// `loader`, reading of a year folder only the files of the selected countries: a file named for another
    /// country is left unread; a file whose name the alias table does not know is read (its narrative may name
    /// a selected country).
    public func restricting(_ loader: EditionLoader, in folder: ReportsFolder) -> EditionLoader {
        guard let keys else { return loader }
        var restricted = loader
        restricted.reads = { file in folder.countryKey(ofFile: file).map(keys.contains) ?? true }
        return restricted
    }

    /// The editions at `path` (a file, or a year folder) of the selected countries, read with `loader`.
    public func editions(at path: String, loader: EditionLoader, in folder: ReportsFolder) throws(EditionError) -> [Edition] {
        folder.editions(try restricting(loader, in: folder).editions(at: path), of: keys)
    }
}
