import Foundation

/// Runs the built `smp-consult` through `/bin/sh`, for what `Process` cannot
/// arrange: standard output closed or sent to /dev/full, signals ignored,
/// pipelines. Every run gets its own HOME, SMP_CONSULT_HOME and XDG folders
/// (see `TestEnvironment`).
struct ShellRunner {
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
    func run(_ script: String, input: String = "", environment: [String: String] = [:]) throws
        -> BinaryRunner.Result
    {
        var env = TestEnvironment.variables(home: home, ["SMP_CONSULT_HOME": home.appendingPathComponent("app").path])
        env["SMP"] = BinaryRunner.executable.path
        for (key, value) in environment { env[key] = value }
        return try BinaryRunner.launch(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script], input: Data(input.utf8), environment: env)
    }
}
