/// A little-endian byte format for the matcher's prebuilt index: counts,
/// numbers, and strings as length-prefixed UTF-8.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
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

    /// Bytes written by another writer, with their length.
    mutating func block(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
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

    /// A little-endian value of `T` at the current offset (any alignment).
    private mutating func load<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard size <= bytes.count - offset else { throw Malformed() }
        defer { offset += size }
        return bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }

    private mutating func uint64() throws -> UInt64 {
        try load(UInt64.self)
    }

    /// `count` values of `T` in one pass over the bytes (the index holds
    /// tens of thousands of numbers, read at every start-up).
    private mutating func loadArray<T: FixedWidthInteger>(_: T.Type, count: Int) throws -> [T] {
        let size = MemoryLayout<T>.size
        guard count * size <= bytes.count - offset else { throw Malformed() }
        defer { offset += count * size }
        let start = offset
        return bytes.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                for index in 0..<count {
                    buffer[index] = T(littleEndian: raw.loadUnaligned(fromByteOffset: start + index * size, as: T.self))
                }
                initialized = count
            }
        }
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

    mutating func int32() throws -> Int32 {
        try load(Int32.self)
    }

    mutating func int32s() throws -> [Int32] {
        try loadArray(Int32.self, count: count(bytesEach: 4))
    }

    mutating func double() throws -> Double {
        Double(bitPattern: try uint64())
    }

    mutating func doubles() throws -> [Double] {
        try loadArray(UInt64.self, count: count(bytesEach: 8)).map(Double.init(bitPattern:))
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
        defer { offset += length }
        let start = offset
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self)
        }
    }

    mutating func strings() throws -> [String] {
        let count = try count(bytesEach: 8)
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func block() throws -> [UInt8] {
        Array(try take(count(bytesEach: 1)))
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }
}
