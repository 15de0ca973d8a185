/// Strings made from Unicode scalars by writing their UTF-8 straight into the string's storage.
extension String {
    /// The scalars as a string, encoded in one pass (a string of up to 15 bytes allocates nothing), where
    /// `String(String.UnicodeScalarView(scalars))` appends scalar by scalar.
    @inlinable public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[offset] = UInt8(value)
                    offset += 1
                } else {
                    for unit in UTF8.encode(scalar)! {
                        buffer[offset] = unit
                        offset += 1
                    }
                }
            }
            return offset
        }
    }
}
