/// Fast character classes for Unicode scalars, with an ASCII path (the hot loops of every importer).
extension Unicode.Scalar {
    /// White space, including no-break and other Unicode spaces.
    @inlinable public var isBlank: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    /// A letter of any script.
    @inlinable public var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    /// An ASCII digit.
    @inlinable public var isDigit: Bool { (0x30...0x39).contains(value) }

    /// An upper-case letter.
    @inlinable public var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }

    /// A control character (Unicode's Cc: U+0000-U+001F and U+007F-U+009F), tab and line ends included.
    @inlinable public var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    /// A control character other than tab, line feed and carriage return: what no text tipdiff reads or
    /// writes may carry as it is (it could drive a terminal).
    @inlinable public var isNonLayoutControl: Bool { isControl && value != 0x09 && value != 0x0A && value != 0x0D }

    /// A lower-case letter.
    @inlinable public var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }
}
