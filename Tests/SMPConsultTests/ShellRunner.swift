import Foundation

/// Runs the built `smp-consult` through `/bin/sh`, for what `Process` cannot
/// arrange: standard output closed or sent to /dev/full, signals ignored,
/// pipelines. Every run gets its own HOME, SMP_CONSULT_HOME and XDG folders
/// (see `TestEnvironment`).
struct ShellRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let home: URL

    init() throws {
        home = try TestEnvironment.temporaryHome("smp-shell")
    }

    /// The folder plans are kept in for these runs.
    var plans: URL { home.appendingPathComponent("app/plans") }

    func remove() {
        _ = try? FileManager.default.removeItem(at: home)
    }

    /// Runs `script` with `$SMP` naming the binary; `input` is standard input.
    func run(_ script: String, input: String = "", environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var env = TestEnvironment.variables(home: home, ["SMP_CONSULT_HOME": home.appendingPathComponent("app").path])
        env["SMP"] = BinaryRunner.executable.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors.wait(), as: UTF8.self))
    }
}
