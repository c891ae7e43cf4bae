import Foundation

/// Collects output and writes it to standard output in large blocks.
struct OutputBuffer {
    private var bytes: [UInt8] = []
    private let limit = 1 << 16

    init() {
        bytes.reserveCapacity(limit * 2)
    }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        if bytes.count >= limit { flush() }
    }

    mutating func append(_ build: (inout [UInt8]) -> Void) {
        build(&bytes)
        if bytes.count >= limit { flush() }
    }

    /// Writes `block` after what is buffered, without copying a large one.
    mutating func append(block: [UInt8]) {
        if bytes.count + block.count < limit {
            bytes.append(contentsOf: block)
            return
        }
        flush()
        writeAll(STDOUT_FILENO, block)
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        writeAll(STDOUT_FILENO, bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Writes all of `bytes` to `descriptor`, retrying short writes.
func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// Writes all of `text` to `descriptor`, retrying short writes.
func writeAll(_ descriptor: Int32, _ text: String) {
    writeAll(descriptor, Array(text.utf8))
}
