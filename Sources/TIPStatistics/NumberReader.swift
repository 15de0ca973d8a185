/// Reads the value of a number at a token: digits with separators, decimals, scale words, number words, "a dozen".
enum NumberReader {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// The value of the number starting at `tokens[i]` and the index just past it, or `nil`.
    static func read(_ tokens: [Token], at i: Int) -> (value: Double, end: Int, isDigits: Bool)? {
        let token = tokens[i]
        if token.kind == .number {
            guard let value = Double(token.text.filter { $0 != "," }) else { return nil }
            var end = i + 1
            var total = value
            if end < tokens.count, let scale = tokens[end].scale {
                total *= scale
                end += 1
            }
            return (total, end, true)
        }
        guard token.kind == .word else { return nil }
        if token.folded == "a" || token.folded == "one", i + 1 < tokens.count, tokens[i + 1].folded == "dozen" {
            return (12, i + 2, false)
        }
        return words(tokens, at: i)
    }

    /// "seven", "twenty-one", "one hundred twenty-five", "two thousand", "three million".
    private static func words(_ tokens: [Token], at start: Int) -> (value: Double, end: Int, isDigits: Bool)? {
        var total: Double = 0
        var current: Double = 0
        var i = start
        var read = false
        while i < tokens.count, tokens[i].kind == .word {
            let word = tokens[i].folded
            if let value = tokens[i].wordValue {
                current += value
            } else if word == "hundred", read {
                current *= 100
            } else if let scale = tokens[i].scale, read {
                total += current * scale
                current = 0
            } else if word == "and", read, i + 1 < tokens.count, tokens[i + 1].wordValue != nil,
                i > start, tokens[i - 1].folded == "hundred"
            {
                i += 1
                continue
            } else {
                break
            }
            read = true
            i += 1
        }
        guard read else { return nil }
        return (total + current, i, false)
    }

    /// One word's value: "seven", "twenty", "twenty-one".
    static func wordValue(_ word: String) -> Double? {
        if let value = units[word] ?? tens[word] { return value }
        guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit < 10 { return ten + unit }
        return nil
    }
}
