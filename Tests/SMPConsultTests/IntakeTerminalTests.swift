import Foundation
import Testing

/// `smp-consult intake` on a terminal (through the same pseudo-terminal
/// harness as the chat) and stopped by signals.
@Suite struct IntakeTerminalTests {
    static let left = "\u{1B}[D"

    /// The drafts saved under a `TerminalSession`'s home.
    static func drafts(_ session: TerminalSession) -> [String] {
        let folder = session.home.appendingPathComponent("state/plans/drafts")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }
    }

    @Test func onATerminalEachAnswerIsTypedAfterAPromptAndCtrlDKeepsTheDraft() throws {
        let session = try TerminalSession(["intake"], environment: ["TZ": "UTC"])
        #expect(session.waitFor("[1/6] Name"))
        #expect(session.waitForPrompt())
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitFor("Resume with:"))
        #expect(session.text.contains("saved as draft"))
        #expect(session.waitForExit() != 0)
        #expect(Self.drafts(session).count == 1)
    }

    @Test func leftArrowEditsTheAnswerBeingTyped() throws {
        let session = try TerminalSession(["intake"])
        #expect(session.waitForPrompt())
        // "Sm", back one character, "a": readline makes it "Sam".
        #expect(session.ask("Sm" + Self.left + "a", until: "[2/6] Goals"))
        #expect(session.text.contains("Noted: Name: Sam."))
        #expect(!session.raw.contains("^[[D"))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 1)
    }

    @Test func tabCompletesAnOptionAndAnswersStayOutOfTheHistoryFile() throws {
        let session = try TerminalSession(["intake"])
        #expect(session.waitForPrompt())
        #expect(session.ask("Sam Private", until: "[2/6] Goals"))
        session.send("Full sh\t")
        #expect(session.waitFor("> Full shaved look"))
        #expect(session.ask("", until: "Noted: Goals: Full shaved look."))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 1)
        let history = session.home.appendingPathComponent("state/history")
        let kept = (try? String(contentsOf: history, encoding: .utf8)) ?? ""
        #expect(!kept.contains("Sam Private"))
    }

    @Test func ctrlCStopsWithTheDraftKeptAndSaysHowToResume() throws {
        let session = try TerminalSession(["intake"])
        #expect(session.waitForPrompt())
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        session.send(ChatTerminalTests.ctrlC)
        #expect(session.waitFor("Resume with: smp-consult intake --resume 20"))
        #expect(session.waitForExit() == 128 + SIGINT)
        #expect(Self.drafts(session).count == 1)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalsKeepTheDraftAndSayHowToResume(signal: Int32) throws {
        let home = TerminalSession.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let drafts = home.appendingPathComponent("plans/drafts")
        func saved() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []).filter { $0.hasSuffix(".json") }
        }
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["intake"]
        process.environment = TestEnvironment.variables(home: home, ["SMP_CONSULT_HOME": home.path, "TZ": "UTC"])
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("Sam\n".utf8))
        let deadline = Date().addingTimeInterval(60)
        while saved().isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(process.processIdentifier, signal)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        #expect(message.contains("Resume with: smp-consult intake --resume 20"))
        #expect(saved().count == 1)
    }
}
