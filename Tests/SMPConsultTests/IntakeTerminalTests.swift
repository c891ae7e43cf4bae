import Foundation
import Testing

/// `smp-consult intake` on a terminal (through the same pseudo-terminal
/// harness as the chat) and stopped by signals.
@Suite struct IntakeTerminalTests {
    static let left = "\u{1B}[D"

    /// The drafts saved under a `TerminalSession`'s home.
    static func drafts(_ session: TerminalSession) -> [String] {
        let folder = session.home.appendingPathComponent("state/plans/drafts")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".json")
        }
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

    @Test func tabFillsInAnOptionsLabelAndListsLabelsWithoutIds() throws {
        let session = try TerminalSession(["intake", "--name", "Sam", "--goal", "thinning", "--hair-colour", "black"])
        #expect(session.waitFor("[4/6] Hairline shape"))
        #expect(session.waitForPrompt())
        // A unique prefix, in any case, becomes the whole label.
        session.send("wid\t")
        // Once in the list above, once on the line.
        #expect(session.waitFor("Widow's peak", count: 2))
        #expect(session.ask("", until: "Noted: Hairline shape: Widow's peak."))
        // "m" fits two labels: the list shows the labels, never the ids.
        let before = session.mark
        session.send("m\t")
        #expect(session.waitFor("Match my existing hair Medium"))
        #expect(!session.raw(since: before).contains("match_existing"))
        #expect(!session.raw.contains("widows_peak"))
        // Ctrl-U empties the line, so Ctrl-D means the end.
        session.send("\u{15}")
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 1)
    }

    @Test func ctrlCWithAHalfLineClearsItAndAsksAgainOnAFreshLine() throws {
        let session = try TerminalSession(["intake"])
        #expect(session.waitForPrompt())
        session.send("does it")
        #expect(session.waitFor("> does it"))
        session.send(ChatTerminalTests.ctrlC)
        #expect(session.waitForPrompt())
        #expect(!session.raw.contains("^C"))
        // The new prompt has a line of its own, after the dropped text.
        #expect(session.screenLines.contains("> does it"))
        #expect(session.isRunning)
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        #expect(session.text.contains("Noted: Name: Sam."))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitFor("Resume with: smp-consult intake --resume 20"))
        #expect(session.waitForExit() == 1)
    }

    /// Every line fits the window and a readable width, and no word is
    /// broken: each word of the texts shown appears whole on some line.
    @Test(arguments: [100, 200] as [UInt16])
    func repliesPromptsAndHelpAreWrappedAtWordsToAReadableWidth(columns: UInt16) throws {
        let session = try TerminalSession(["intake"], columns: columns)
        #expect(session.waitForPrompt())
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        #expect(session.ask("help", until: "this list"))
        #expect(session.ask("how long does it last?", until: "Back to the consultation"))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 1)
        let lines = session.screenLines
        for line in lines where !line.hasPrefix(">") {
            #expect(line.count <= 100, "\(line)")
            #expect(
                line.isEmpty || line.contains(where: \.isLetter) || line.contains(where: \.isNumber),
                "a line of punctuation alone: \(line)")
        }
        let words = Set(lines.flatMap { $0.split(separator: " ") })
        for expected in ["re-pigments", "thinning", "\"other:\"", "answers", "consultation:"] {
            #expect(words.contains(Substring(expected)), "\(expected) is split or missing")
        }
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

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
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
        let input = Pipe()
        let errors = Pipe()
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
        // It died of the signal itself, so the parent sees the real cause.
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(saved().count == 1)
        // The notice names the draft that is on disk.
        let id = try #require(saved().first).dropLast(5)
        #expect(message.contains("saved as draft \(id).\nResume with: smp-consult intake --resume \(id)\n"))
    }
}
