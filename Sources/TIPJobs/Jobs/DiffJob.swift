import Foundation
import TIPDiff
import TIPModel
import TIPParsing
import TIPReportsFolder
import TIPSupport

/// `diff` as one call: two editions, or two year folders (only the selected countries' files read), compared
/// and filtered.
public struct DiffJob: Sendable {
    public var folder: ReportsFolder
    /// Which countries are read.
    public var selection = CountrySelection.all
    /// Which changes are kept.
    public var filter = ChangeFilter()
    /// Tallies parsing, for tests that pin what a run reads.
    public var counter: WorkCounter?
    /// Where warnings go.
    public var warn: @Sendable (Diagnostic) -> Void

    public init(folder: ReportsFolder, counter: WorkCounter? = nil, warn: @escaping @Sendable (Diagnostic) -> Void = { _ in }) {
        self.folder = folder
        self.counter = counter
        self.warn = warn
    }

    /// Compares `old` with `new`: two files are one country's comparison; folders are compared country by
    /// country, a country only one side holds reported as entering or leaving when the tier tables say so.
    public func run(old: String, new: String) throws -> Comparison {
        let loader = folder.loader(counter: counter, warn: warn)
        let oldEditions = try selection.editions(at: old, loader: loader, in: folder)
        let newEditions = try selection.editions(at: new, loader: loader, in: folder)
        let comparison: Comparison
        if oldEditions.count == 1 && newEditions.count == 1 && !Self.isFolder(old) && !Self.isFolder(new) {
            comparison = Comparison(countries: [Differ(counter: counter).compare(oldEditions[0], newEditions[0])])
        } else {
            let table = try? folder.tierTable()
            comparison = Differ(counter: counter).compare(
                folder: oldEditions, newEditions, countryKey: folder.countryKey, placed: { table?.isPlaced($0, in: $1) })
        }
        return comparison.filtered(filter)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
