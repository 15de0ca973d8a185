/// `tipdiff report`: the XML change report, its HTML view and a Markdown summary, notes attached.
import ArgumentParser
import Foundation
import TIPAnnotations
import TIPDiff
import TIPModel
import TIPParsing
import TIPReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a change report (XML, HTML, Markdown). With no editions: the two newest years in Reports/.")

    @Argument(help: "The older and newer edition (or year folder); default: the two newest years in Reports/ that share a country.")
    var editions: [String] = []

    @Option(name: .customLong("annotations"), help: "Annotation files or folders (default: every .yaml in Annotations/).")
    var annotations: [String] = []

    @Option(name: .shortAndLong, help: "The XML report (default: out/report.xml).")
    var output: String?

    @Option(help: "The HTML view (default: out/report.html).")
    var html: String?

    @Option(help: "The Markdown summary (default: out/report.md).")
    var markdown: String?

    func validate() throws {
        if !editions.isEmpty && editions.count != 2 { throw ValidationError("give two editions (OLD NEW), or none") }
    }

    func run() throws {
        let (old, new) = try editions.count == 2 ? (editions[0], editions[1]) : ReportDefaults.newestYears(in: "Reports")
        let loader = EditionLoader()
        let oldEditions = try loader.editions(at: old)
        let newEditions = try loader.editions(at: new)
        let countryKey = try CountryMatching.key()
        let folder = Differ().diff(folder: oldEditions, newEditions, countryKey: countryKey)
        let byKey = Dictionary(oldEditions.map { (countryKey($0.country), $0) }, uniquingKeysWith: { a, _ in a })
        let pairs = newEditions.compactMap { n in byKey[countryKey(n.country)].map { (old: $0, new: n) } }

        let notePaths = try ReportDefaults.annotationFiles(
            annotations.isEmpty ? ["Annotations"] : annotations, explicit: !annotations.isEmpty)
        let notes = try notePaths.map { path -> NoteSource in
            let file = try AnnotationReader().read(path)
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            return NoteSource(path: path, sha256: SHA256.hex(of: bytes), file: file)
        }
        let report = ReportBuilder(tool: "tipdiff \(Tipdiff.version)").report(pairs: pairs, countryChanges: folder.countries, notes: notes)
        let rendered = try RenderedReport(report)

        let xmlPath = output ?? "out/report.xml"
        let htmlPath = html ?? "out/report.html"
        let markdownPath = markdown ?? "out/report.md"
        for path in [xmlPath, htmlPath, markdownPath] {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try AtomicFile.write(rendered.xml, to: xmlPath)
        try AtomicFile.write(rendered.html, to: htmlPath)
        try AtomicFile.write(Array(rendered.markdown.utf8), to: markdownPath)

        let placed = report.placedNotes.count
        Output.write(
            """
            compared \(old) → \(new): \(pairs.count) \(pairs.count == 1 ? "country" : "countries"), \(folder.changes.count) changes
            notes: \(placed) placed, \(report.orphaned.count) orphaned (from \(notes.count) \(notes.count == 1 ? "file" : "files"))
            wrote \(xmlPath) (valid against the report schema), \(htmlPath), \(markdownPath)
            """)
    }
}

/// Defaults for the main job: the newest two years in Reports/ and every file in Annotations/.
enum ReportDefaults {
    struct NoYears: Error, CustomStringConvertible {
        var folder: String
        var description: String { "\(folder): error: need two year folders (e.g. 2024 and 2025) that share a country" }
    }

    /// The two newest year folders under `folder` that have a country in common.
    static func newestYears(in folder: String) throws -> (String, String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let years = names.compactMap(Int.init).filter { (1990...2100).contains($0) }.sorted(by: >)
        func countries(_ year: Int) -> Set<String> {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(year)")) ?? []
            return Set(files.filter { EditionPath.format(of: $0) != nil }.map { CountryKey.of(EditionPath.stem(of: $0)) })
        }
        for (index, newer) in years.enumerated() {
            for older in years.dropFirst(index + 1) where !countries(newer).isDisjoint(with: countries(older)) {
                return ("\(folder)/\(older)", "\(folder)/\(newer)")
            }
        }
        throw NoYears(folder: folder)
    }

    /// Annotation files: the given files, and the .yaml/.yml files of given folders in name order.
    static func annotationFiles(_ paths: [String], explicit: Bool) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                if explicit { throw AnnotationError.io(SourceLocation(path: path), "no such file or folder") }
                continue
            }
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path)
                files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(path)/\($0)" }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
