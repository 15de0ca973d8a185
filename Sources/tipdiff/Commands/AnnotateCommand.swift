import ArgumentParser
import Foundation
import TIPAnnotations
import TIPJobs
import TIPModel
import TIPSupport

/// `tipdiff annotate`: check where reviewers' notes land in an edition, and append new notes.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Check and add reviewers' notes (YAML files under Annotations/).",
        subcommands: [Check.self, Add.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Place each note on an edition: exact, moved, fuzzy or orphaned, and where.")

        /// The formats `--format` accepts.
        enum Format: String, OutputFormat { case text, json, csv }

        @Argument(help: "Annotation files.")
        var files: [String]

        @Option(help: "The edition to place the notes on.")
        var edition: String

        @Option(help: "An earlier edition: change ids are looked up in the diff from it to --edition.")
        var old: String?

        @Option(help: Format.help())
        var format: Format = .text

        @Flag(help: "Exit with status 1 when a note is orphaned (even against another edition than it was written for).")
        var strict = false

        func run() throws {
            let checked = try NotesCheck().run(paths: files, edition: edition, old: old)
            let reports = checked.map { NoteReport(file: $0.file.path, edition: edition, notes: $0.notes) }
            switch format {
            case .json: Output.write(try JSON.encode(reports))
            case .csv: Output.writeDocument(NoteReportCSV.render(reports))
            case .text: Output.write(NoteReportText.render(reports))
            }
            // Fuzzy or orphaned against the file's own edition means a reviewer must look (exit 1, so scripts
            // notice); against another edition, only --strict asks.
            if NotesCheck.needsReview(checked, strict: strict) { throw ExitCode(1) }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Append a note to an annotation file, keeping every byte already in it.")

        @Argument(help: "The annotation file (created when missing).")
        var file: String

        @Option(help: "The note's text.")
        var note: String

        @Option(help: "Anchor: a quote from the edition.")
        var quote: String?
        @Option(help: "With --quote: text just before it, to choose between repeats.")
        var prefix: String?
        @Option(help: "With --quote: text just after it.")
        var suffix: String?
        @Option(help: "Anchor: a statistic key (see `tipdiff stats`).")
        var statistic: String?
        @Option(help: "Anchor: a section kind; with --quote, the section to look in.")
        var section: String?
        @Option(help: "Anchor: a change id (see `tipdiff diff --format json`).")
        var change: String?
        @Flag(help: "Anchor: the tier placement.")
        var tier = false

        @Option(help: "The note's id (generated from the anchor when not given).")
        var id: String?
        @Option(help: "Who wrote the note.")
        var author: String?
        @Option(help: "The date, YYYY-MM-DD (today when not given).")
        var date: String?
        @Option(name: .customLong("tag"), help: "A tag (repeatable).")
        var tags: [String] = []

        @Option(help: "The edition the note is about (default: the file's `edition:`).")
        var edition: String?
        @Option(help: "With --change: the earlier edition of the diff the change id comes from.")
        var old: String?

        func validate() throws {
            let anchors = [quote != nil, statistic != nil, change != nil, tier].filter { $0 }.count
            if anchors > 1 { throw ValidationError("give one anchor: --quote, --statistic, --section, --change or --tier") }
            if anchors == 0 && section == nil {
                throw ValidationError("give an anchor: --quote, --statistic, --section, --change or --tier")
            }
            if section != nil && anchors == 1 && quote == nil { throw ValidationError("--section goes alone or with --quote") }
            if (prefix != nil || suffix != nil) && quote == nil { throw ValidationError("--prefix and --suffix go with --quote") }
            if let section, SectionKind(rawValue: section) == nil {
                throw ValidationError(
                    "unknown section '\(section)': one of \(SectionKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let draft = AnnotationWriter.Draft(
                id: id, author: author, date: date ?? ISODate.today(), tags: tags, text: note, anchor: anchor)
            let added: NoteAddition.Added
            do { added = try AddNoteJob().run(draft, to: file, edition: edition, old: old) } catch let failure as AddNoteJob.Failure {
                throw refusal(failure)
            }
            let place = "\(added.placed.section?.rawValue ?? "edition")" + (added.placed.sentence.map { ", sentence \($0)" } ?? "")
            Output.write("added note \(added.id) to \(file) (\(place))")
        }

        /// The anchor the options give (`validate()` has checked there is exactly one).
        private var anchor: Anchor {
            let sectionKind = section.flatMap(SectionKind.init(rawValue:))
            if let quote { return .quote(QuoteSelector(quote: quote, prefix: prefix, suffix: suffix, section: sectionKind)) }
            if let statistic { return .statistic(key: statistic) }
            if let change { return .change(id: change) }
            if tier { return .tier }
            return .section(sectionKind ?? .other)
        }

        /// Why no note was added, in the words of this command's options.
        private func refusal(_ failure: AddNoteJob.Failure) -> any Error {
            switch failure {
            case .noEdition:
                return ValidationError("give --edition: the file names no edition to check the anchor against")
            case .refused(let edition, .repeated(let count)):
                return AnnotationError.refused(
                    SourceLocation(path: file),
                    "not added: the quote occurs \(count) times in \(edition); give --prefix or --suffix (the words just before or after it) or --section to say which"
                )
            case .refused(let edition, .notFound(let placed)):
                return AnnotationError.refused(
                    SourceLocation(path: file),
                    "not added: the \(anchor.kind) anchor is not found in \(edition)" + (placed.reason.map { " (\($0))" } ?? ""))
            case .refused(_, .unwritable(let error)):
                return error
            }
        }
    }
}
