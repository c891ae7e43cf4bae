import Foundation
import Testing

/// Plans, drafts, exports and the history end to end: never followed through
/// a link, never replaced when another process saved them, never silently empty.
@Suite struct PrivateDataTests {
    static let planFlags =
        "--name Sam --goal thinning --hair-colour black --hairline soft --density medium --start 'next monday'"

    func savedPlanID(_ shell: ShellRunner) throws -> String {
        let saved = try shell.run("\"$SMP\" intake \(Self.planFlags)")
        #expect(saved.status == 0, "\(saved.stderr)")
        return String(try #require(saved.stdout.firstMatch(of: /\d{8}-[a-z0-9]{6}/)).output)
    }

    @Test func aSecondResumeOfTheSameDraftSaysItIsOpenElsewhere() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        _ = try shell.run("\"$SMP\" intake", input: "Sam\n")
        let draft = try #require(
            try FileManager.default.contentsOfDirectory(atPath: shell.plans.appendingPathComponent("drafts").path)
                .first { $0.hasSuffix(".json") }?.dropLast(5))
        // The first resume waits for its next answer while the second starts.
        let result = try shell.run(
            """
            (sleep 3; printf 'thinning\\n') | "$SMP" intake --resume \(draft) >/dev/null 2>&1 &
            sleep 1
            printf 'scar\\n' | "$SMP" intake --resume \(draft); echo "second $?"
            printf 'scar\\n' | "$SMP" intake --resume; echo "latest $?"
            wait
            """)
        #expect(result.stdout.contains("second 1"))
        #expect(result.stdout.contains("latest 1"))
        #expect(result.stderr.components(separatedBy: "the intake '\(draft)' is open elsewhere").count == 3)
        // Once the first has let go, the draft resumes again.
        let again = try shell.run("\"$SMP\" intake --resume \(draft)", input: "summary\n")
        #expect(again.stdout.contains("Sam"))
    }

    @Test(arguments: ["fifo", "link", "/dev/null"])
    func exportRefusesAnythingButARegularFile(kind: String) throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let id = try savedPlanID(shell)
        let victim = shell.home.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let target: String
        switch kind {
        case "fifo":
            target = shell.home.appendingPathComponent("fifo").path
            mkfifo(target, 0o644)
        case "link":
            target = shell.home.appendingPathComponent("link.md").path
            symlink(victim.path, target)
        default:
            target = kind
        }
        let result = try shell.run("\"$SMP\" plans export \(id) --output '\(target)'")
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a regular file; refusing to replace it"))
        var status = stat()
        #expect(lstat(target, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        let dash = try shell.run("\"$SMP\" plans export \(id) --output -")
        #expect(dash.status == 0 && dash.stdout.contains("Sam"))
    }

    @Test func aPlansFolderThatCannotBeReadIsAnErrorNamingIt() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        try FileManager.default.createDirectory(
            at: shell.plans.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data().write(to: shell.plans)
        let result = try shell.run("\"$SMP\" plans list")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: cannot read the folder \(shell.plans.path): Not a directory\n")
    }

    @Test func privateFoldersOpenToOthersAreNarrowed() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        _ = try savedPlanID(shell)
        let data = shell.plans.deletingLastPathComponent()
        let drafts = shell.plans.appendingPathComponent("drafts")
        for folder in [data, shell.plans, drafts] { chmod(folder.path, 0o755) }
        let result = try shell.run("\"$SMP\" plans list")
        #expect(result.status == 0)
        for folder in [data, shell.plans, drafts] {
            let mode = (try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int) ?? -1
            #expect(mode == 0o700, "\(folder.path)")
        }
    }

    @Test func plansDeleteRemovesADanglingOrLoopingLink() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        try FileManager.default.createDirectory(at: shell.plans, withIntermediateDirectories: true)
        symlink("/nowhere/at/all", shell.plans.appendingPathComponent("20261127-dangle.json").path)
        symlink("20261127-loop22.json", shell.plans.appendingPathComponent("20261127-loop11.json").path)
        symlink("20261127-loop11.json", shell.plans.appendingPathComponent("20261127-loop22.json").path)
        for id in ["20261127-dangle", "20261127-loop11", "20261127-loop22"] {
            let result = try shell.run("\"$SMP\" plans delete --yes \(id)")
            #expect(result.status == 0, "\(id): \(result.stderr)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: shell.plans.path).filter { $0.hasSuffix(".json") }
                .isEmpty)
    }

    @Test func aHistoryLinkIsNotFollowed() throws {
        let home = TerminalSession.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let state = home.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let victim = home.appendingPathComponent("victim.txt")
        let lines = (1...1_500).map { "line \($0)\n" }.joined()
        try Data(lines.utf8).write(to: victim)
        chmod(victim.path, 0o644)
        symlink(victim.path, state.appendingPathComponent("history").path)
        let session = try TerminalSession(home: home)
        #expect(session.waitFor("History is kept for this session only"))
        #expect(session.waitForPrompt())
        #expect(session.ask("what is smp", until: ChatTerminalTests.whatIsSMP))
        session.send("\u{4}")
        #expect(session.waitForExit() == 0)
        #expect(try String(contentsOf: victim, encoding: .utf8) == lines)
        let mode = (try FileManager.default.attributesOfItem(atPath: victim.path)[.posixPermissions] as? Int) ?? -1
        #expect(mode == 0o644)
    }
}
