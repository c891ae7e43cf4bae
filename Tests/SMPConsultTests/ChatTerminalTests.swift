import Foundation
import Testing

/// The chat on a pseudo-terminal: readline's keys, history and signals, end to end.
/// Keys are sent once the prompt they answer is shown, as a person would.
@Suite struct ChatTerminalTests {
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let up = "\u{1B}[A"
    /// Words of the answer to "what is smp" and of the one to "how long does smp last".
    static let whatIsSMP = "microneedles place fine layers of pigment"
    static let longevity = "holds for up to 2 years"

    @Test func plainInvocationOnATerminalWelcomesAndAnswers() throws {
        let session = try TerminalSession()
        #expect(session.waitForPrompt())
        #expect(session.text.contains("scalp micropigmentation (SMP) assistant"))
        #expect(session.text.contains("/topics lists everything I can answer"))
        session.send("how long does smp last\r")
        #expect(session.waitFor(Self.longevity))
        #expect(session.waitFor("Guide: 3. How long does SMP treatment last?"))
        #expect(session.waitFor("Related topics (type a number): 1. Touch-ups"))
        #expect(session.waitForPrompt())
        #expect(session.ask("1", until: "The result holds for up to 2 years"))
        session.send(Self.ctrlD)
        #expect(session.waitForExit() == 0)
        #expect(session.text.hasSuffix("Goodbye, and thanks for stopping by!"))
    }

    @Test func chatSubcommandUsesColourOnAnXterm() throws {
        let session = try TerminalSession(["chat"])
        #expect(session.waitForPrompt())
        #expect(session.ask("what is smp", until: Self.whatIsSMP))
        #expect(session.raw.contains("\u{1B}[2m"))
        session.send("/quit\r")
        #expect(session.waitForExit() == 0)
    }

    @Test(arguments: [["TERM": "dumb"], ["NO_COLOR": "1"]])
    func noColourWithNoColorOrADumbTerminal(environment: [String: String]) throws {
        let session = try TerminalSession(["chat"], environment: environment)
        #expect(session.waitForPrompt())
        #expect(session.ask("what is smp", until: Self.whatIsSMP))
        session.send("/quit\r")
        #expect(session.waitForExit() == 0)
        // Readline may still switch modes (bracketed paste); no colour or weight.
        #expect(session.raw.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) == nil)
    }

    @Test func tabCompletesASlashCommand() throws {
        let session = try TerminalSession()
        #expect(session.waitForPrompt())
        session.send("/he\t")
        #expect(session.waitFor("> /help"))
        #expect(session.ask("", until: "/explain turn on or off"))
        session.send(Self.ctrlD)
        #expect(session.waitForExit() == 0)
    }

    @Test func leavingDuringTheIntakeSaysHowToResumeFromTheCommandLine() throws {
        let session = try TerminalSession(["chat"])
        #expect(session.waitForPrompt())
        #expect(session.ask("/intake", until: "[1/6] Name"))
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        // Ctrl-C on an empty line pauses the intake; the chat goes on, so /intake resumes it.
        session.send(Self.ctrlC)
        #expect(session.waitFor("Type /intake to continue, or later: smp-consult intake --resume 20"))
        #expect(session.waitForPrompt())
        #expect(session.ask("/intake", until: "Resuming consultation"))
        // Ctrl-D ends the program: only the command line can resume.
        let before = session.mark
        session.send(Self.ctrlD)
        #expect(session.waitFor("Resume with: smp-consult intake --resume 20"))
        #expect(session.waitForExit() == 0)
        #expect(!session.raw(since: before).contains("/intake"))
    }

    @Test func ctrlCCancelsTheLineAndKeepsTheSession() throws {
        let session = try TerminalSession()
        #expect(session.waitForPrompt())
        session.send("how long does smp")
        // The terminal drops unread input on Ctrl-C: wait until readline has the line.
        #expect(session.waitFor("> how long does smp"))
        session.send(Self.ctrlC)
        #expect(session.waitForPrompt())
        // The half line stays as typed, the fresh prompt is on a new line, no "^C".
        #expect(session.screenLines.contains("> how long does smp"))
        session.send("what is smp\r")
        #expect(session.waitFor(Self.whatIsSMP))
        #expect(!session.text.contains(Self.longevity))
        #expect(session.waitForPrompt())
        session.send(Self.ctrlC)
        #expect(session.waitForPrompt())
        #expect(!session.raw.contains("^C"))
        #expect(session.isRunning)
        session.send(Self.ctrlD)
        #expect(session.waitForExit() == 0)
    }

    @Test func upRecallsThePreviousLineAlsoAfterARestart() throws {
        let home = TerminalSession.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try TerminalSession(home: home)
        #expect(first.waitForPrompt())
        #expect(first.ask("what is smp", until: Self.whatIsSMP))
        first.send(Self.up)
        #expect(first.waitFor("> what is smp", count: 2))
        #expect(first.ask("", until: Self.whatIsSMP, count: 2))
        first.send(Self.ctrlD)
        #expect(first.waitForExit() == 0)

        let history = home.appendingPathComponent("state/history")
        #expect(try String(contentsOf: history, encoding: .utf8) == "what is smp\n")
        #expect(try permissions(history) == 0o600)
        #expect(try permissions(history.deletingLastPathComponent()) == 0o700)

        let second = try TerminalSession(home: home)
        #expect(second.waitForPrompt())
        second.send(Self.up)
        #expect(second.waitFor("> what is smp"))
        #expect(second.ask("", until: Self.whatIsSMP))
        second.send(Self.ctrlD)
        #expect(second.waitForExit() == 0)
    }

    @Test func historyKeepsTheLastThousandLines() throws {
        let home = TerminalSession.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let state = home.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let old = (1...1_000).map { "old question \($0)\n" }.joined()
        try old.write(to: state.appendingPathComponent("history"), atomically: true, encoding: .utf8)
        let session = try TerminalSession(home: home)
        #expect(session.waitForPrompt())
        #expect(session.ask("what is smp", until: Self.whatIsSMP))
        session.send(Self.ctrlD)
        #expect(session.waitForExit() == 0)
        let lines = try String(contentsOf: state.appendingPathComponent("history"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 1_000)
        #expect(lines.first == "old question 2")
        #expect(lines.last == "what is smp")
    }

    @Test func aHistoryFolderThatCannotBeMadeDoesNotStopTheChat() throws {
        let session = try TerminalSession(environment: ["SMP_CONSULT_HOME": "/dev/null/smp"])
        #expect(session.waitForPrompt())
        #expect(session.ask("what is smp", until: Self.whatIsSMP))
        session.send(Self.up)
        #expect(session.waitFor("> what is smp", count: 2))
        #expect(session.ask("", until: Self.whatIsSMP, count: 2))
        session.send(Self.ctrlD)
        #expect(session.waitForExit() == 0)
    }

    @Test func askWithADashOnATerminalAnswersInBatchForm() throws {
        let session = try TerminalSession(["ask", "-"])
        // Batch output is written in blocks: it shows once input ends.
        session.send("what is smp\r" + Self.ctrlD)
        #expect(session.waitForExit() == 0)
        #expect(session.text.contains("Q: what is smp"))
        #expect(session.text.contains(Self.whatIsSMP))
        #expect(!session.text.contains("assistant. Ask me"))
    }

    @Test(arguments: ["/quit\r", "bye\r", ctrlD])
    func quitGoodbyeOrCtrlDEndsWithAFarewell(keys: String) throws {
        let session = try TerminalSession()
        #expect(session.waitForPrompt())
        session.send(keys)
        #expect(session.waitFor("Goodbye"))
        #expect(session.waitForExit() == 0)
    }

    private func permissions(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
