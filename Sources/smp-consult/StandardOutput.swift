import Foundation

/// Standard output could not take what was written (a full disk, a closed
/// pipe, a closed descriptor): the command stops at once, with this one line
/// on standard error and a non-zero exit.
struct OutputFailure: Error, CustomStringConvertible {
    let reason: String

    var description: String { "cannot write standard output: \(reason)" }
}

/// The one way text reaches standard output: every write is checked, and a
/// failed one throws `OutputFailure` instead of losing the rest silently.
enum StandardOutput {
    static func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    static func write(_ bytes: [UInt8]) throws {
        if let error = writeAll(STDOUT_FILENO, bytes) {
            throw OutputFailure(reason: String(cString: strerror(error)))
        }
    }

    /// A descriptor 0, 1 or 2 that was closed when the program started would
    /// be handed out by the next `open`, and our output would land in a plan
    /// file. Each is filled with /dev/null: standard output read-only, so
    /// every write to it fails as a closed one should.
    static func reserveClosedDescriptors() {
        for (descriptor, mode) in [(STDIN_FILENO, O_RDONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_WRONLY)] {
            guard fcntl(descriptor, F_GETFD) == -1 && errno == EBADF else { continue }
            let opened = open("/dev/null", mode)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}

/// Messages for the user on standard error. Nothing more can be reported
/// when this fails, so it is not checked.
enum StandardError {
    static func write(_ text: String) {
        _ = writeAll(STDERR_FILENO, Array(text.utf8))
    }
}

/// Collects output and writes it to standard output in large blocks.
struct OutputBuffer {
    private var bytes: [UInt8] = []
    private let limit = 1 << 16

    init() {
        bytes.reserveCapacity(limit * 2)
    }

    mutating func append(_ string: String) throws {
        bytes.append(contentsOf: string.utf8)
        if bytes.count >= limit { try flush() }
    }

    mutating func append(_ build: (inout [UInt8]) -> Void) throws {
        build(&bytes)
        if bytes.count >= limit { try flush() }
    }

    /// Writes `block` after what is buffered, without copying a large one.
    mutating func append(block: [UInt8]) throws {
        if bytes.count + block.count < limit {
            bytes.append(contentsOf: block)
            return
        }
        try flush()
        try StandardOutput.write(block)
    }

    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try StandardOutput.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Writes all of `bytes` to `descriptor`, retrying short and interrupted
/// writes; the `errno` of a failed write, or nil.
func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBufferPointer { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }
}
