import Foundation
import Testing

/// The shell completion scripts the README tells users to install: the
/// generated bash script, sourced in a real bash, completes subcommands and
/// the ids of saved plans.
@Suite struct ShellCompletionTests {
    /// What bash's completion offers for `line` (the cursor at its end).
    static func complete(_ line: String, script: URL, home: ClientHome) throws -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map { "'\($0)'" }.joined(
            separator: " ")
        let program = """
            source '\(script.path)'
            COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            COMP_WORDS=(\(words)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            _smp-consult
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        var environment = TestEnvironment.variables(home: home.url, home.environment)
        environment["PATH"] =
            BinaryRunner.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let data = try BinaryRunner.launch(
            URL(fileURLWithPath: "/bin/bash"), ["--norc", "--noprofile", "-c", program], input: Data(),
            environment: environment
        ).stdoutBytes
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesSubcommandsAndSavedPlanIDs() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let home = ClientHome()
        let (id, saved) = try home.savePlan()
        #expect(saved.status == 0, "\(saved.stderr)")
        let draftRun = try home.run(["intake"], input: "Jo\n")
        #expect(draftRun.status != 0)
        let draft = try #require(home.draftIDs().first)

        let generated = try home.run(["--generate-completion-script", "bash"])
        #expect(generated.status == 0)
        let script = home.url.appendingPathComponent("smp-consult.bash")
        try generated.stdout.write(to: script, atomically: true, encoding: .utf8)

        #expect(try Self.complete("smp-consult pl", script: script, home: home).contains("plans"))
        #expect(Set(try Self.complete("smp-consult plans show ", script: script, home: home)) == [id, draft])
        #expect(try Self.complete("smp-consult plans export \(id.prefix(12))", script: script, home: home) == [id])
    }

    @Test(arguments: ["zsh", "fish"])
    func otherShellsGetAScriptToo(shell: String) throws {
        let result = try BinaryRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.stdout.contains("plans"))
        #expect(result.stdout.contains("---completion plans show"))
    }
}
