import ConsultKit
import Dispatch
import Foundation
import Synchronization

/// Answers the lines of one input on several threads, a chunk of lines per
/// task, and writes the records in input order. Memory stays bounded: only
/// `window` chunks are read ahead of the output.
struct ParallelAnswering {
    /// Lines per task: enough to make handing out a task cheap, few enough
    /// that the records of the chunks in flight stay small (peak memory).
    static let chunkSize = 1_024

    let records: BatchRecords
    /// Threads; nil for one per core.
    let jobs: Int?

    /// One chunk of lines on its way through a worker.
    private final class Chunk: Sendable {
        let lines: [LineReader.Line]
        let output = Mutex<[UInt8]>([])
        let done = DispatchSemaphore(value: 0)

        init(lines: [LineReader.Line]) {
            self.lines = lines
        }
    }

    func run(_ reader: inout LineReader, into output: inout OutputBuffer) throws {
        let records = self.records
        var first = try Self.readChunk(&reader)
        // A short input (one question piped in) is answered here: no threads to start.
        if jobs == 1 || first.count < Self.chunkSize {
            while !first.isEmpty {
                for line in first {
                    try output.append { records.write(line: line.text, truncated: line.isTruncated, to: &$0) }
                }
                first = first.count < Self.chunkSize ? [] : try Self.readChunk(&reader)
            }
            return
        }
        let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = threads
        // A chunk read ahead keeps every thread busy while one is written.
        let window = threads + 1
        var pending: [Chunk] = []
        pending.reserveCapacity(window)
        var lines = first
        while !lines.isEmpty {
            let chunk = Chunk(lines: lines)
            queue.addOperation {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(chunk.lines.count * 256)
                for line in chunk.lines { records.write(line: line.text, truncated: line.isTruncated, to: &bytes) }
                chunk.output.withLock { $0 = bytes }
                chunk.done.signal()
            }
            pending.append(chunk)
            if pending.count >= window { try Self.write(pending.removeFirst(), to: &output) }
            lines = lines.count < Self.chunkSize ? [] : try Self.readChunk(&reader)
        }
        for chunk in pending { try Self.write(chunk, to: &output) }
    }

    private static func readChunk(_ reader: inout LineReader) throws -> [LineReader.Line] {
        var lines: [LineReader.Line] = []
        lines.reserveCapacity(chunkSize)
        while lines.count < chunkSize, let line = try reader.next() { lines.append(line) }
        return lines
    }

    private static func write(_ chunk: Chunk, to output: inout OutputBuffer) throws {
        chunk.done.wait()
        let bytes = chunk.output.withLock { bytes in
            defer { bytes = [] }
            return bytes
        }
        try output.append(block: bytes)
    }
}
