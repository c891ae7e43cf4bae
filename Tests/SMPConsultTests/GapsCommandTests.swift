import Foundation
import Testing

/// `smp-consult intents gaps`: what clients asked that the guide did not answer.
@Suite struct GapsCommandTests {
    static let questions = """
        how much does smp cost
        how long does smp last
        what is the price of a touch up
        how much does smp cost
        where is the clinic

        """

    @Test func groupsTheNotCoveredQuestionsOfAskOutput() throws {
        let asked = try BinaryRunner.run(["ask", "--format", "jsonl"], input: Self.questions)
        #expect(asked.status == 0)
        let result = try BinaryRunner.run(["intents", "gaps"], input: asked.stdout)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("4 of 5 questions need the clinic's attention: 4 not covered, 0 to review.\n"))
        #expect(
            result.stdout.contains("\ncost (3)\n  how much does smp cost (×2)\n  what is the price of a touch up\n"))
        #expect(!result.stdout.contains("how long does smp last"))
    }

    @Test func answersPlainQuestionLinesSuchAsAChatHistory() throws {
        let result = try BinaryRunner.run(["intents", "gaps", "-"], input: "/topics\n" + Self.questions + "2\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("4 of 5 questions"))
    }

    @Test func aBrokenRecordIsOneClearLineAndAFailure() throws {
        let result = try BinaryRunner.run(["intents", "gaps"], input: "{\"question\": \n")
        #expect(result.status != 0)
        #expect(result.stderr == "Error: -:1: not an answer record of `smp-consult ask --format jsonl`\n")
    }
}
