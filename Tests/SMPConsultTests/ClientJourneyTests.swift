import Foundation
import Testing

/// A client's whole visit on a pseudo-terminal: questions in the chat, the
/// intake with slips and a digression, the plan saved, then `plans show` and
/// the calendar export from the command line.
@Suite struct ClientJourneyTests {
    @Test func chatQuestionsIntakeWithSlipsThenThePlanShownAndExported() throws {
        let session = try TerminalSession(["chat"], environment: ["TZ": "UTC"])
        #expect(session.waitForPrompt())
        #expect(session.ask("how long does smp last", until: ChatTerminalTests.longevity))
        #expect(session.ask("I want to plan my treatment", until: "[1/6] Name"))
        // The plan only proposes dates: said before the first question.
        #expect(session.text.contains("the clinic confirms the dates"))
        // A question without "?" is answered, not taken as the name.
        #expect(session.ask("does it hurt", until: "[1/6] Name", count: 2))
        #expect(session.ask("Sam", until: "[2/6] Goals"))
        #expect(session.ask("thinning on top and my hairline is going", until: "Anything else?"))
        #expect(session.ask("", until: "[3/6] Hair colour"))
        #expect(session.ask("salt n pepper", until: "Did you mean Salt and pepper?"))
        #expect(session.ask("yes", until: "[4/6] Hairline shape"))
        #expect(session.ask("what's the difference between soft and sharp?", until: "[4/6] Hairline shape", count: 2))
        #expect(session.text.contains("Sharp and defined: A crisp, straight edge"))
        // Tab fills in the option's label.
        session.send("wid\t")
        #expect(session.waitFor("Widow's peak", count: 2))
        #expect(session.ask("", until: "[5/6] Density"))
        // A digression on the side: the step waits.
        #expect(session.ask("how long does it last?", until: "[5/6] Density", count: 2))
        #expect(session.ask("medium", until: "[6/6] Preferred start date"))
        #expect(session.ask("in 2 weeks", until: "Save this plan?"))
        #expect(session.ask("yes", until: "Saved plan"))
        // The saved message shows "> plan.ics", which reads like a prompt: wait for the real one.
        #expect(session.waitForPrompt())
        #expect(session.text.contains("proposed, to be confirmed by the clinic"))
        session.send(ChatTerminalTests.ctrlD)
        #expect(session.waitForExit() == 0)
        #expect(!session.text.contains("Name: does it hurt"))

        let state = session.home.appendingPathComponent("state")
        let plans = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("plans").path)
        let id = try #require(plans.first { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
        let environment = ["SMP_CONSULT_HOME": state.path, "TZ": "UTC"]
        let shown = try BinaryRunner.run(["plans", "show", id], environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        for expected in [
            "Sam", "More density where hair is thinning", "Rebuild the hairline", "Salt and pepper", "Widow's peak",
            "## Proposed sessions (proposed, to be confirmed by the clinic)",
        ] {
            #expect(shown.stdout.contains(expected), "\(expected)")
        }
        let calendar = try BinaryRunner.run(["plans", "export", id, "--format", "ics"], environment: environment)
        #expect(calendar.status == 0, "\(calendar.stderr)")
        #expect(calendar.stdout.contains("BEGIN:VCALENDAR"))
        // At least the three sessions the chat listed when it saved the plan.
        #expect(session.text.contains("Session 3:"))
        let events = calendar.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(events >= 3)
        #expect(calendar.stdout.components(separatedBy: "STATUS:TENTATIVE\r\n").count - 1 == events)
    }
}
