import Foundation
import Testing

/// Output that cannot be written is an error, never a silent success.
@Suite struct WriteErrorTests {
    static let commands: [(name: String, script: String)] = [
        ("ask", "echo 'what is smp' | \"$SMP\" ask"),
        ("ask jsonl", "echo 'what is smp' | \"$SMP\" ask --format jsonl"),
        ("chat", "echo 'what is smp' | \"$SMP\" chat"),
        ("help", "\"$SMP\" --help"),
        ("subcommand help", "\"$SMP\" plans --help"),
        ("version", "\"$SMP\" --version"),
        ("plans list", "\"$SMP\" plans list"),
        ("intents check", "\"$SMP\" intents check"),
        ("intents export", "\"$SMP\" intents export"),
        ("intake", "printf 'Sam\\n' | \"$SMP\" intake"),
    ]

    @Test(arguments: commands.map(\.name))
    func aFullDiskIsAnErrorWithOneLine(command: String) throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let script = Self.commands.first { $0.name == command }!.script
        let result = try shell.run("exec >/dev/full; " + script)
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot write standard output: No space left on device\n"))
        #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("Stack"))
    }

    @Test(arguments: commands.map(\.name))
    func aClosedStandardOutputIsAnError(command: String) throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let script = Self.commands.first { $0.name == command }!.script
        let result = try shell.run("exec >&-; " + script)
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot write standard output: Bad file descriptor\n"))
    }

    @Test func aClosedPipeStopsTheBatchAtTheFirstFailedWrite() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let questions = shell.home.appendingPathComponent("questions.txt")
        try String(repeating: "how long does smp last\n", count: 20_000).write(
            to: questions, atomically: true, encoding: .utf8)
        // The parent ignores SIGPIPE, as many do: only the write error can stop the run.
        let result = try shell.run(
            "trap '' PIPE; (\"$SMP\" ask --format jsonl '\(questions.path)'; echo \"status $?\" >&2) | head -1")
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr == "cannot write standard output: Broken pipe\nstatus 1\n")
    }

    @Test func aFailedExportToStandardOutputLeavesNoSuccess() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let saved = try shell.run(
            "\"$SMP\" intake --name Sam --goal thinning --hair-colour black --hairline soft --density medium --start 'next monday'"
        )
        #expect(saved.status == 0)
        let id = try #require(saved.stdout.firstMatch(of: /\d{8}-[a-z0-9]{6}/)).output
        for command in ["plans show \(id)", "plans export \(id) --format ics"] {
            let result = try shell.run("exec >/dev/full; \"$SMP\" \(command)")
            #expect(result.status == 1)
            #expect(result.stderr == "cannot write standard output: No space left on device\n")
        }
    }
}
