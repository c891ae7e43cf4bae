import Foundation
import Testing

/// `smp-consult intake` with the slips and digressions of a real client,
/// through pipes: questions at the name step, part answers, did-you-mean,
/// questions about the options, all in the second person.
@Suite struct IntakeFreeTextTests {
    @Test func aClientsSlipsAndQuestionsEndInTheRightPlan() throws {
        let home = IntakeCommandTests.Home()
        let lines = [
            "does it hurt", "wait how much is this going to cost", "how long does it last?", "Sam",
            "thinning on top and my hairline is going", "",
            "salt n pepper", "yes",
            "what's the difference between soft and sharp?", "soft",
            "which density is normal?", "medium",
            "in 2 weeks", "yes",
        ]
        let result = try home.run(["intake"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        // One voice: the client is "you".
        #expect(out.contains("What's your name?"))
        #expect(!out.contains("the client"))
        #expect(!out.contains("client's"))
        // Questions without "?" at the name step are answered, not saved as names.
        #expect(!out.contains("Noted: Name: does it hurt"))
        #expect(!out.contains("Noted: Name: wait"))
        #expect(out.contains("Noted: Name: Sam."))
        // The guide's section as the chat shows it.
        #expect(out.contains("— Guide: 3. How long does SMP treatment last?"))
        #expect(out.contains("I have: More density where hair is thinning, Rebuild the hairline."))
        #expect(out.contains("Noted: Goals: More density where hair is thinning; Rebuild the hairline."))
        #expect(out.contains("Did you mean Salt and pepper?"))
        #expect(out.contains("Noted: Hair colour: Salt and pepper."))
        #expect(out.contains("Sharp and defined: A crisp, straight edge"))
        #expect(out.contains("Noted: Hairline shape: Soft and natural."))
        #expect(out.contains("Medium: A moderate density"))
        #expect(out.contains("Noted: Density: Medium."))
        #expect(home.planIDs().count == 1)
    }
}
