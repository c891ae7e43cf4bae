import Foundation

/// Runs the built `smp-consult` the way a user or a script would.
struct BinaryRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: Data
    }

    static let executable: URL = {
        // Tests run from the build products folder, where SwiftPM also puts the executable.
        let products = Bundle.main.bundleURL
        let candidates = [
            products.appendingPathComponent("smp-consult"),
            products.deletingLastPathComponent().appendingPathComponent("smp-consult"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs with `arguments`, feeding `input` on standard input, in
    /// `directory`, with a temporary home of its own (see `TestEnvironment`)
    /// that `environment` may override.
    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        let home = try TestEnvironment.temporaryHome("smp-run")
        defer { try? FileManager.default.removeItem(at: home) }
        return try launch(
            executable, arguments, input: input, environment: TestEnvironment.variables(home: home, environment),
            directory: directory)
    }

    /// Starts `executable` with exactly `environment`, feeds `input` and reads
    /// both outputs to their end, each on its own thread so that no side can
    /// block the other.
    static func launch(
        _ executable: URL, _ arguments: [String], input: Data, environment: [String: String], directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData.wait(), as: UTF8.self),
            stdoutBytes: outputData)
    }

    static func run(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> Result {
        try run(arguments, input: Data(input.utf8), environment: environment)
    }
}

/// Reads a pipe to its end on a background thread.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
