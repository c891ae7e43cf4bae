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

    /// The chat's own knowledge base fixture, so rewording the built-in one
    /// breaks none of these tests.
    static let fixture = BinaryRunner.packageRoot.appendingPathComponent("Tests/ConsultKitTests/Fixtures/chat-intents")
        .path

    @Test func pipedChatAnswersEachLineInContext() throws {
        let result = try BinaryRunner.run(["chat", "--intents", Self.fixture], input: Self.conversation)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // No welcome: the first line is the first answer, unwrapped.
        #expect(lines.first == "It lasts for years.")
        #expect(result.stdout.contains("— Guide: 2. Lasting"))
        #expect(result.stdout.contains("Related topics (type a number):\n  1. Touch-ups\n"))
        // "1" answered the first related topic.
        #expect(lines.contains("A touch-up refreshes it now and then."))
        #expect(result.stdout.contains("Hair loss\n  1. Why hair falls out\n"))
        #expect(result.stdout.contains("The guide does not say; ask at your consultation."))
        #expect(!result.stdout.contains("Goodbye"))
    }

    @Test func goodbyeEndsThePipedChat() throws {
        let result = try BinaryRunner.run(["chat", "--intents", Self.fixture], input: "bye\nhow long does smp last\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Bye for now."))
        #expect(!result.stdout.contains("It lasts for years."))
    }

    @Test func explainFlagShowsWhyAnAnswerMatched() throws {
        let result = try BinaryRunner.run(
            ["chat", "--explain", "--intents", Self.fixture], input: "how lond dose smp last\n")
        #expect(result.stdout.contains("Why: lasting"))
        #expect(result.stdout.contains("lond→long"))
    }
}
