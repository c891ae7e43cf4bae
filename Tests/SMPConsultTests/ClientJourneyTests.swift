import Foundation
import Testing

/// The whole way a client goes, in one pseudo-terminal: questions in the
/// chat, asking to book, the intake with slips and a digression, the saved
/// plan, then `plans show` and the calendar file.
@Suite struct ClientJourneyTests {
    @Test func chatQuestionsIntakeSavePlansShowAndCalendar() throws {
        let session = try TerminalSession(["chat"], environment: ["TZ": "UTC"])
        #expect(session.waitForPrompt())
        #expect(session.ask("how long does smp last", until: "2 years"))
        #expect(session.ask("I want to book", until: "[1/6] Name"))
        #expect(session.text.contains("the clinic confirms the dates"))
        // A question at the name step is answered; the step is asked again.
        #expect(session.ask("does it hurt", until: "Back to the consultation"))
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        #expect(session.ask("thinning on top and my hairline is going", until: "Anything else?"))
        #expect(session.ask("", until: "[3/6] Hair colour"))
        #expect(session.ask("salt n pepper", until: "Did you mean Salt and pepper?"))
        #expect(session.ask("yes", until: "[4/6] Hairline shape"))
        #expect(session.ask("what's the difference between soft and sharp?", until: "A crisp, straight edge"))
        // A digression to a guide topic, then back.
        #expect(session.ask("how long is the aftercare?", until: "Back to the consultation", count: 3))
        #expect(session.ask("wid\t", until: "[5/6] Density"))
        #expect(session.ask("fulll", until: "[6/6] Preferred start date"))
        #expect(session.ask("in 2 weeks", until: "Save this plan?"))
        #expect(session.ask("yes", until: "Saved plan"))
        // The saved message shows "> plan.ics", which reads like a prompt: wait for the real one.
        #expect(session.waitForPrompt())
        #expect(session.text.contains("proposed, to be confirmed by the clinic"))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 0)

        let text = session.text
        let marker = try #require(text.range(of: "Saved plan "))
        let id = String(text[marker.upperBound...].prefix(15))
        #expect(id.count == 15 && id.contains("-"), "\(id)")
        let environment = ["SMP_CONSULT_HOME": session.home.appendingPathComponent("state").path, "TZ": "UTC"]

        let show = try BinaryRunner.run(["plans", "show", id], environment: environment)
        #expect(show.status == 0, "\(show.stderr)")
        for expected in [
            "**Name:** Sam", "More density where hair is thinning; Rebuild the hairline", "Salt and pepper",
            "Widow's peak", "**Density:** Full", "## Proposed sessions (proposed, to be confirmed by the clinic)",
        ] {
            #expect(show.stdout.contains(expected), "\(expected)")
        }

        let ics = try BinaryRunner.run(["plans", "export", id, "--format", "ics"], environment: environment)
        #expect(ics.status == 0)
        #expect(ics.stdout.components(separatedBy: "STATUS:TENTATIVE\r\n").count - 1 == 4)
        #expect(ics.stdout.contains("SUMMARY:Proposed: SMP session 1 of 3 (Sam)"))
    }
}
