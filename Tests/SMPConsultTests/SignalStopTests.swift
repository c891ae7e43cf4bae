import Foundation
import Testing

/// SIGTERM, SIGHUP and SIGQUIT during the chat or the intake: the terminal is
/// given back, the draft kept and named, and the process dies of the signal.
@Suite struct SignalStopTests {
    static func drafts(_ home: URL) -> [String] {
        let folder = home.appendingPathComponent("state/plans/drafts")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
    }

    /// Echo and line editing on, as a shell expects to find its terminal.
    static func isCooked(_ modes: termios) -> Bool {
        modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT])
    func aSignalDuringTheChatsIntakeRestoresTheTerminalAndNamesTheDraft(signal: Int32) throws {
        let session = try TerminalSession(["chat"], environment: ["TZ": "UTC"])
        #expect(session.waitForPrompt())
        #expect(session.ask("/intake", until: "[1/6] Name"))
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        #expect(!Self.isCooked(session.modes), "readline holds the terminal while it waits")
        session.send(signal: signal)
        #expect(session.waitForExit() == -signal)
        #expect(Self.isCooked(session.modes))
        let id = try #require(Self.drafts(session.home).first)
        #expect(session.text.contains("saved as draft \(id)."))
        #expect(session.text.contains("Resume with: smp-consult intake --resume \(id)"))
    }

    @Test func aSignalDuringTheIntakeOnATerminalRestoresIt() throws {
        let session = try TerminalSession(["intake"], environment: ["TZ": "UTC"])
        #expect(session.waitForPrompt())
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        session.send(signal: SIGTERM)
        #expect(session.waitForExit() == -SIGTERM)
        #expect(Self.isCooked(session.modes))
        let id = try #require(Self.drafts(session.home).first)
        #expect(session.text.contains("Resume with: smp-consult intake --resume \(id)"))
    }

    @Test func aSignalBeforeAnyAnswerNamesNoDraft() throws {
        let session = try TerminalSession(["chat"])
        #expect(session.waitForPrompt())
        #expect(session.ask("/intake", until: "[1/6] Name"))
        session.send(signal: SIGHUP)
        #expect(session.waitForExit() == -SIGHUP)
        #expect(Self.drafts(session.home).isEmpty)
        #expect(!session.text.contains("saved as draft"))
        #expect(session.text.contains("Stopped (SIGHUP)."))
    }
}
