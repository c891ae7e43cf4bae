import Foundation
import Testing

/// `smp-consult chat` with input piped in: the same conversation, read
/// plainly, with no prompts and no escape codes.
@Suite struct ChatPipeTests {
    static let conversation = "how long does smp last\n1\n/topics\nwho won the football last night\n"

    @Test(arguments: [["TERM": "xterm"], ["TERM": "dumb"], ["NO_COLOR": "1"]])
    func pipedChatHasNoPromptsOrEscapeCodes(environment: [String: String]) throws {
        let result = try BinaryRunner.run(["chat"], input: Self.conversation, environment: environment)
        #expect(result.status == 0)
        #expect(!result.stdoutBytes.contains(0x1B))
        #expect(!result.stdout.contains("> "))
        #expect(result.stderr.isEmpty)
    }

    @Test func pipedChatAnswersEachLineInContext() throws {
        let result = try BinaryRunner.run(["chat"], input: Self.conversation)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // No welcome: the first line is the first answer, unwrapped.
        #expect(lines.first?.hasPrefix("An SMP result holds for up to 2 years") == true)
        #expect(result.stdout.contains("— Guide: 3. How long does SMP treatment last?"))
        #expect(result.stdout.contains("Related topics (type a number):\n  1. Touch-ups\n"))
        // "1" answered the first related topic.
        #expect(lines.contains { $0.hasPrefix("The result holds for up to 2 years before it begins to fade") })
        #expect(result.stdout.contains("About SMP\n  1. "))
        #expect(result.stdout.contains("the clinic's guide doesn't cover that"))
        #expect(!result.stdout.contains("Goodbye"))
    }

    @Test func goodbyeEndsThePipedChat() throws {
        let result = try BinaryRunner.run(["chat"], input: "bye\nwhat is smp\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Goodbye"))
        #expect(!result.stdout.contains("microneedles"))
    }

    @Test func explainFlagShowsWhyAnAnswerMatched() throws {
        let result = try BinaryRunner.run(["chat", "--explain"], input: "how lond dose smp last\n")
        #expect(result.stdout.contains("Why: longevity"))
        #expect(result.stdout.contains("lond→long"))
    }
}
