import Foundation
import Testing

/// The intake on a terminal as a client meets it: Tab fills in an option's
/// label, text wrapped like the chat's and never wider than a readable
/// width, Ctrl-C clearing the line, and leaving the chat's intake saying
/// how to resume from the command line.
@Suite struct IntakeTerminalUXTests {
    static let tab = "\t"

    /// The lines the terminal shows, escape codes and carriage returns removed.
    static func screenLines(_ session: TerminalSession) -> [String] {
        var text = ""
        var scalars = session.raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                if scalars.next() == "[" { while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {} }
                continue
            }
            if scalar == "\r" || scalar == "\u{1}" || scalar == "\u{2}" || scalar == "\u{7}" { continue }
            text.unicodeScalars.append(scalar)
        }
        return text.components(separatedBy: "\n")
    }

    @Test func tabCompletesAUniquePrefixToTheLabelAndListsLabelsOnly() throws {
        let session = try TerminalSession(["intake"])
        #expect(session.waitForPrompt())
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        #expect(session.ask("1", until: "[3/6] Hair colour"))
        #expect(session.ask("black", until: "[4/6] Hairline shape"))
        // "wid" is only Widow's peak: Tab writes the whole label, Enter takes it.
        #expect(session.ask("wid" + Self.tab, until: "Noted: Hairline shape: Widow's peak."), "\(session.text)")
        // "m" is Medium or Match my existing hair: one Tab lists them, labels only.
        session.send("m" + Self.tab)
        #expect(session.waitFor("Match my existing hair", count: 2))
        #expect(!session.text.contains("match_existing"))
        #expect(!session.text.contains("widows_peak"))
        session.send("\u{15}" + "2\r")
        #expect(session.waitFor("Noted: Density: Medium."))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 1)
    }

    @Test(arguments: [UInt16(100), UInt16(200)])
    func repliesAreWrappedAtWordsAndAtMostAHundredColumns(columns: UInt16) throws {
        let session = try TerminalSession(["intake"], columns: columns)
        #expect(session.waitForPrompt())
        #expect(session.ask("help", until: "Commands:"))
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        session.send(ChatTerminalTests.ctrlD)
        _ = session.waitForExit()
        let lines = Self.screenLines(session)
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.filter { $0.count > 100 })")
        // No line is only the end of a sentence broken off ("\".").
        #expect(!lines.contains { !$0.isEmpty && $0.allSatisfy { "\".,;:!?".contains($0) } })
        // Every word of a long sentence is whole on some line.
        let sentence =
            "A question (e.g. \"how long does it last?\") gets an answer from the guide; then the step is asked again."
        for word in sentence.split(separator: " ") {
            #expect(lines.contains { $0.split(separator: " ").contains(word) }, "\(word) was split")
        }
    }

    @Test func ctrlCClearsTheLineAndShowsAFreshPrompt() throws {
        let session = try TerminalSession(["intake"])
        #expect(session.waitForPrompt())
        session.send("Half a na")
        #expect(session.waitFor("> Half a na"))
        session.send(ChatTerminalTests.ctrlC)
        #expect(session.waitForPrompt())
        #expect(session.isRunning)
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        #expect(session.text.contains("Noted: Name: Sam."))
        #expect(!session.text.contains("Half a naSam"))
        // The fresh prompt is on a line of its own.
        #expect(Self.screenLines(session).contains { $0.hasPrefix("> Sam") })
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 1)
    }

    @Test func leavingTheChatWithAnOpenIntakeSaysHowToResumeFromTheCommandLine() throws {
        let session = try TerminalSession(["chat"])
        #expect(session.waitForPrompt())
        #expect(session.ask("/intake", until: "[1/6] Name"))
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 0)
        #expect(session.text.contains("smp-consult intake --resume 20"), "\(session.text)")
        #expect(!session.text.contains("type /intake to continue"))
    }
}
