import TIPAnnotations
import TIPDiff
import TIPModel

/// Where a country's new notes go: the notes file written against its newer edition (by the one rule of
/// `AnnotationSet`), else `<folder>/<country>-<year>.yaml`, created on the first note.
public enum NotesDestination {
    /// The file new notes on `country`'s newer edition are added to, among `notes` read from `folder`.
    public static func file(for country: CountryComparison, in notes: AnnotationSet, folder: String) -> String {
        if let file = notes.files.first(where: {
            AnnotationSet.writtenAgainst($0, old: country.old.edition, new: country.new.edition) == .new
        }) {
            return file.path
        }
        return "\(folder)/\(CountryKey.fileName(country.country))-\(country.newYear.map(String.init) ?? "new").yaml"
    }
}
