/// The form country names are matched in: case, accents, punctuation and a leading "the" folded away.
public enum CountryKey {
    /// "Côte d'Ivoire" → "cotedivoire", "The Gambia" → "gambia".
    public static func of(_ name: String) -> String {
        var folded = ""
        for scalar in name.lowercased().decomposedScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            folded.unicodeScalars.append(scalar)
        }
        if folded.hasPrefix("the") && name.lowercased().hasPrefix("the ") { folded.removeFirst(3) }
        return folded
    }
}

extension String {
    /// The scalars in canonical decomposition (so accents become separate marks).
    var decomposedScalars: [Unicode.Scalar] {
        // Swift's String has no NFD without Foundation; decompose the Latin accents editions use by hand.
        unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            if let base = CountryKey.latinBases[scalar] { return [base] }
            return [scalar]
        }
    }
}

extension CountryKey {
    /// Accented Latin letters and their base letters.
    static let latinBases: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"), ("òóôõöøō", "o"),
            ("ùúûüū", "u"), ("ýÿ", "y"), ("šś", "s"), ("žźż", "z"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in pairs { for scalar in letters.unicodeScalars { table[scalar] = base } }
        return table
    }()
}

extension CountryKey {
    /// A file name for a country: "Korea, South" → "korea-south", "Côte d'Ivoire" → "cote-divoire".
    public static func fileName(_ name: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in name.lowercased().decomposedScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if scalar.properties.generalCategory != .nonspacingMark { word.unicodeScalars.append(scalar) }
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }
}
