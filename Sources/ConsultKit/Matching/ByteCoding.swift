/// A little-endian byte format for the matcher's prebuilt index: counts,
/// numbers, and strings as length-prefixed UTF-8.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int32s(_ values: [Int32]) {
        int(values.count)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func doubles(_ values: [Double]) {
        int(values.count)
        for value in values { double(value) }
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }
}

/// Reads what `ByteWriter` wrote; any inconsistency throws rather than traps.
struct ByteReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    private mutating func uint64() throws -> UInt64 {
        var value: UInt64 = 0
        for (shift, byte) in try take(8).enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
        return value
    }

    mutating func int() throws -> Int {
        Int(Int64(bitPattern: try uint64()))
    }

    /// A count, bounded by what is left, so a damaged file cannot ask for gigabytes.
    mutating func count(bytesEach: Int) throws -> Int {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / max(bytesEach, 1) else { throw Malformed() }
        return count
    }

    mutating func int32s() throws -> [Int32] {
        let count = try count(bytesEach: 4)
        var values: [Int32] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            var value: UInt32 = 0
            for (shift, byte) in try take(4).enumerated() { value |= UInt32(byte) << (8 * UInt32(shift)) }
            values.append(Int32(bitPattern: value))
        }
        return values
    }

    mutating func double() throws -> Double {
        Double(bitPattern: try uint64())
    }

    mutating func doubles() throws -> [Double] {
        let count = try count(bytesEach: 8)
        var values: [Double] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try double()) }
        return values
    }

    mutating func bool() throws -> Bool {
        switch try take(1).first {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func string() throws -> String {
        let length = try count(bytesEach: 1)
        let slice = try take(length)
        return slice.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    mutating func strings() throws -> [String] {
        let count = try count(bytesEach: 8)
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }
}
