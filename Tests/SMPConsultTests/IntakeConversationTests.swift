import Foundation
import Testing

/// The intake as a client talks to it, through a pipe: questions at the
/// name step, half-understood answers, "did you mean" answered with yes,
/// questions about the options, and one voice (the second person).
@Suite struct IntakeConversationTests {
    static func intake(_ lines: [String], home: ClientHome = ClientHome()) throws -> String {
        let result = try home.run(["intake"], input: lines.joined(separator: "\n") + "\n")
        return result.stdout
    }

    @Test func questionsAtTheNameStepAreAnsweredAndTheStepAskedAgain() throws {
        let output = try Self.intake(["does it hurt", "wait how much is this going to cost", "Sam", "summary"])
        #expect(output.components(separatedBy: "[1/6] Name").count - 1 == 3, "\(output)")
        #expect(output.contains("1. Name: Sam"))
        #expect(!output.contains("Name: does it hurt"))
        #expect(!output.contains("Name: wait how much"))
        // The cost question is not in the guide: said so, not invented.
        #expect(output.contains("doesn't cover that"))
    }

    @Test(arguments: ["Will Smith", "Mary-Jane O'Neil"])
    func namesThatStartLikeQuestionsAreStillNames(name: String) throws {
        let output = try Self.intake([name, "summary"])
        #expect(output.contains("1. Name: \(name)"), "\(output)")
    }

    @Test func partlyUnderstoodGoalsAreKeptAndOnlyTheRestIsAsked() throws {
        let output = try Self.intake(["Sam", "thinning on top and my hairline is going", "", "summary"])
        #expect(output.contains("I have: More density where hair is thinning, Rebuild the hairline."), "\(output)")
        #expect(output.contains("Anything else?"))
        #expect(output.contains("2. Goals: More density where hair is thinning; Rebuild the hairline"))
        #expect(output.contains("[3/6] Hair colour"))
    }

    @Test func partlyUnderstoodGoalsTakeMoreOptionsAfterwards() throws {
        let output = try Self.intake(["Sam", "thinning on top and my hairline is going", "bald spots too", "", "summary"])
        #expect(
            output.contains("2. Goals: More density where hair is thinning; Rebuild the hairline; Cover bald spots"),
            "\(output)")
    }

    @Test func yesOrNoAnswersADidYouMean() throws {
        let yes = try Self.intake(["Sam", "1", "salt n pepper", "yes", "summary"])
        #expect(yes.contains("Did you mean Salt and pepper?"), "\(yes)")
        #expect(yes.contains("Noted: Hair colour: Salt and pepper."))
        #expect(yes.contains("3. Hair colour: Salt and pepper"))

        let no = try Self.intake(["Sam", "1", "salt n pepper", "no", "summary"])
        #expect(no.contains("3. Hair colour: (not answered yet)"), "\(no)")
        #expect(no.components(separatedBy: "[3/6] Hair colour").count - 1 >= 2)
    }

    @Test func questionsAboutTheOptionsAreAnsweredFromTheirDescriptions() throws {
        let output = try Self.intake([
            "Sam", "1", "black", "what's the difference between soft and sharp?", "soft", "which density is normal?",
            "summary",
        ])
        #expect(output.contains("A soft, slightly irregular edge that looks like natural growth."), "\(output)")
        #expect(output.contains("A crisp, straight edge, like a fresh line-up."))
        #expect(output.contains("4. Hairline shape: Soft and natural"))
        #expect(output.contains("Medium: "), "the option asked about, with its description")
        #expect(output.contains("5. Density: (not answered yet)"))
    }

    @Test func theIntakeSpeaksToYouAndShowsTheGuideLikeTheChat() throws {
        let output = try Self.intake([
            "help", "Sam", "help", "1", "help", "black", "help", "soft", "help", "full", "help",
            "how long does it last?",
        ])
        #expect(!output.lowercased().contains("client"), "\(output)")
        #expect(output.contains("What's your name?"))
        #expect(output.contains("— Guide: 3. How long does SMP treatment last?"))
        let chat = try ClientHome().run(["chat"], input: "how long does it last?\n")
        #expect(chat.stdout.contains("— Guide: 3. How long does SMP treatment last?"))
    }
}
