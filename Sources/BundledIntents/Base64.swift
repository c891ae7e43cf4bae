/// Decodes the generated base64 literal: the index is bytes, and a string
/// literal of ASCII compiles far faster than an array literal of numbers.
enum Base64 {
    static func decode(_ literal: StaticString) -> [UInt8] {
        literal.withUTF8Buffer { text in
            var values = [UInt8](repeating: 0xFF, count: 256)
            for (value, letter) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
                values[Int(letter)] = UInt8(value)
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.count / 4 * 3)
            var accumulator: UInt32 = 0
            var bits = 0
            for letter in text {
                let value = values[Int(letter)]
                if value == 0xFF { continue }  // padding
                accumulator = accumulator << 6 | UInt32(value)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    bytes.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                }
            }
            return bytes
        }
    }
}
