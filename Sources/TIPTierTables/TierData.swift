import Foundation
import TIPModel

/// Where the tier tables and the alias table come from: the folder the user names (`--data`), else
/// `Reports/tiers` when it is there, else the copy that ships inside the tool.
public enum TierData {
    /// The folder the project keeps its tables in.
    public static let projectFolder = "Reports/tiers"
    /// How locations in the built-in tables are shown.
    public static let builtInName = "(built-in tiers)"

    /// The tier tables (with the alias table) from `folder`, `Reports/tiers` or the built-in copy.
    public static func table(folder: String?) throws(TierDataError) -> TierTable {
        if let local = try localFolder(folder) { return try TierTable(folder: local) }
        let files = try builtInFiles()
        guard let aliases = files.first(where: { $0.name == "countries.csv" }) else {
            throw .unreadable(SourceLocation(path: builtInName + "/countries.csv"))
        }
        let tables = files.filter { $0.name != "countries.csv" }.map { (path: builtInName + "/" + $0.name, text: $0.text) }
        return try TierTable(aliases: CountryAliases(csv: aliases.text, path: builtInName + "/countries.csv"), tables: tables)
    }

    /// The alias table alone, from the same places.
    public static func aliases(folder: String?) throws(TierDataError) -> CountryAliases {
        if let local = try localFolder(folder) { return try CountryAliases(contentsOf: local + "/countries.csv") }
        guard let file = try builtInFiles().first(where: { $0.name == "countries.csv" }) else {
            throw .unreadable(SourceLocation(path: builtInName + "/countries.csv"))
        }
        return try CountryAliases(csv: file.text, path: builtInName + "/countries.csv")
    }

    /// A folder named by the user must exist; the project folder is used when present.
    private static func localFolder(_ folder: String?) throws(TierDataError) -> String? {
        var isFolder: ObjCBool = false
        if let folder {
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw .unreadable(SourceLocation(path: folder))
            }
            return folder
        }
        return FileManager.default.fileExists(atPath: projectFolder + "/countries.csv") ? projectFolder : nil
    }

    /// The CSV files shipped in the tool, in name order.
    static func builtInFiles() throws(TierDataError) -> [(name: String, text: String)] {
        guard let folder = Bundle.module.url(forResource: "tiers", withExtension: nil) else {
            throw .unreadable(SourceLocation(path: builtInName))
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        var files: [(name: String, text: String)] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.path + "/" + name), let text = String(data: data, encoding: .utf8)
            else { throw .unreadable(SourceLocation(path: builtInName + "/" + name)) }
            files.append((name, text))
        }
        return files
    }
}
