/// Decodes the generated base64 literal: the index is bytes, and a string
/// literal of ASCII compiles far faster than an array literal of numbers.
/// Runs at every start-up, so four letters at a time into a preallocated array.
enum Base64 {
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (value, letter) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            values[Int(letter)] = UInt8(value)
        }
        return values
    }()

    /// The bytes of `literal`, which the generator wrote as padded base64.
    static func decode(_ literal: StaticString) -> [UInt8] {
        literal.withUTF8Buffer { text in
            var length = text.count
            while length > 0 && text[length - 1] == UInt8(ascii: "=") { length -= 1 }
            let count = length / 4 * 3 + max(0, length % 4 - 1)
            return values.withUnsafeBufferPointer { values in
                [UInt8](unsafeUninitializedCapacity: count) { bytes, initialized in
                    var input = 0
                    var output = 0
                    while input + 4 <= length {
                        let word =
                            UInt32(values[Int(text[input])]) << 18 | UInt32(values[Int(text[input + 1])]) << 12
                            | UInt32(values[Int(text[input + 2])]) << 6 | UInt32(values[Int(text[input + 3])])
                        bytes[output] = UInt8(truncatingIfNeeded: word >> 16)
                        bytes[output + 1] = UInt8(truncatingIfNeeded: word >> 8)
                        bytes[output + 2] = UInt8(truncatingIfNeeded: word)
                        input += 4
                        output += 3
                    }
                    // The last one to three letters hold one or two bytes.
                    var word: UInt32 = 0
                    for offset in 0..<(length - input) {
                        word |= UInt32(values[Int(text[input + offset])]) << (18 - 6 * offset)
                    }
                    if output < count { bytes[output] = UInt8(truncatingIfNeeded: word >> 16) }
                    if output + 1 < count { bytes[output + 1] = UInt8(truncatingIfNeeded: word >> 8) }
                    initialized = count
                }
            }
        }
    }
}
