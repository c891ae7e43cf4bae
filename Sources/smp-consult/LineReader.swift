import Foundation

/// Reads lines from a file descriptor in large chunks, in linear time. Any
/// bytes are accepted: invalid UTF-8 is repaired, a UTF-8 byte-order mark at
/// the start is dropped, and a line longer than `maximumLength` keeps its
/// first `maximumLength` bytes (the rest is read past, never held).
struct LineReader {
    /// A line of input, possibly cut to `maximumLength`.
    struct Line: Sendable {
        let text: String
        let isTruncated: Bool
    }

    /// Questions are a few dozen words; 64 KB is far beyond any real one.
    static let maximumLength = 1 << 16
    private static let chunk = 1 << 16

    private let descriptor: Int32
    private let maximumLength: Int
    /// Bytes read; only the first `count` hold data.
    private var buffer: [UInt8]
    private var count = 0
    /// Where the current line starts, and how far it has been searched for a
    /// newline: nothing is scanned twice.
    private var start = 0
    private var scanned = 0
    /// The current line is over the limit: its bytes past `start + maximumLength`
    /// are dropped until its newline.
    private var isTruncating = false
    private var finished = false
    private var atFileStart = true

    init(descriptor: Int32, maximumLength: Int = LineReader.maximumLength) {
        self.descriptor = descriptor
        self.maximumLength = maximumLength
        buffer = [UInt8](repeating: 0, count: Self.chunk * 2)
    }

    /// The text of the next line, nil at the end of the input.
    mutating func nextLine() throws -> String? {
        try next()?.text
    }

    /// The next line and whether it was cut, nil at the end of the input.
    mutating func next() throws -> Line? {
        while true {
            if atFileStart {
                // Three bytes are needed to tell a byte-order mark.
                if count - start < 3 && !finished {
                    try fill()
                    continue
                }
                atFileStart = false
                if count - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF {
                    start += 3
                    scanned = start
                }
            }
            if let newline = firstNewline() {
                if newline - start > maximumLength { isTruncating = true }
                let line = makeLine(end: isTruncating ? start + maximumLength : newline)
                start = newline + 1
                scanned = start
                isTruncating = false
                return line
            }
            scanned = count
            if count - start > maximumLength {
                // Keep the first part; read past the rest.
                count = start + maximumLength
                scanned = count
                isTruncating = true
            }
            if finished {
                guard start < count else { return nil }
                let line = makeLine(end: count)
                start = count
                scanned = start
                isTruncating = false
                return line
            }
            try fill()
        }
    }

    /// The line from `start` to `end`, without a final carriage return; a cut
    /// line ends at a character boundary.
    private func makeLine(end: Int) -> Line {
        var end = end
        if isTruncating, end > start {
            // Back off over a character the cut would leave half.
            var lead = end - 1
            while lead > start && lead > end - 4 && buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
            if buffer[lead] >= 0xC0 {
                let length = buffer[lead] >= 0xF0 ? 4 : buffer[lead] >= 0xE0 ? 3 : 2
                if lead + length > end { end = lead }
            }
        } else if end > start, buffer[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return Line(text: String(decoding: buffer[start..<end], as: UTF8.self), isTruncated: isTruncating)
    }

    /// The first newline in the unscanned bytes (memchr: fast in any build).
    private func firstNewline() -> Int? {
        guard scanned < count else { return nil }
        return buffer.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + scanned, Int32(UInt8(ascii: "\n")), count - scanned)
                .map { raw.baseAddress!.distance(to: UnsafeRawPointer($0)) }
        }
    }

    /// Reads the next block: moves the current line to the front, grows the
    /// buffer only when a line needs the room.
    private mutating func fill() throws {
        if start > 0 {
            let (from, length) = (start, count - start)
            buffer.withUnsafeMutableBytes { raw in
                _ = memmove(raw.baseAddress!, raw.baseAddress! + from, length)
            }
            count -= start
            scanned -= start
            start = 0
        }
        if buffer.count - count < Self.chunk {
            buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
        }
        var read = 0
        repeat {
            read = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
        } while read < 0 && errno == EINTR
        guard read >= 0 else {
            throw CLIError("read error: \(String(cString: strerror(errno)))")
        }
        count += read
        if read == 0 { finished = true }
    }
}
