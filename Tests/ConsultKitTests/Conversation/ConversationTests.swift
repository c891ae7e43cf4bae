import Foundation
import Testing

@testable import ConsultKit

/// A scripted dialog: asks for a colour, then finishes.
final class ColourDialog: Dialog {
    var lines: [String] = []
    var interrupted = false
    /// Whether the last interruption ended the program.
    var leaving: Bool?

    func start() -> DialogStep { .continues("Which colour? (black, brown)") }

    func handle(_ line: String) -> DialogStep {
        lines.append(line)
        return ["black", "brown"].contains(line)
            ? .finished("Saved: \(line).") : .continues("Please choose black or brown.")
    }

    var completions: [String] { ["black", "brown"] }

    func interrupt(leaving: Bool) -> String? {
        interrupted = true
        self.leaving = leaving
        return "Intake paused; your answers are kept."
    }
}

/// A small knowledge base of the tests' own (`Fixtures/chat-intents`), so
/// that rewording the built-in one breaks none of the conversation's tests.
enum ChatFixture {
    static let knowledge: KnowledgeBase = {
        do {
            return try KnowledgeBase.load(.folder(Fixtures.path("chat-intents")))
        } catch {
            fatalError("chat-intents does not load: \(error)")
        }
    }()
    static let answerer = Answerer(matcher: Matcher(knowledge: knowledge))
}

/// The conversation engine's mechanics: one line in, one reply out.
@Suite struct ConversationTests {
    /// The chat on the built-in knowledge base, for what depends on its topics.
    func builtIn() -> Conversation {
        Conversation(answerer: Answerer(matcher: Bundled.matcher))
    }

    func conversation(dialog: ColourDialog? = nil, plans: String? = nil) -> Conversation {
        Conversation(
            answerer: ChatFixture.answerer,
            startIntake: dialog.map { dialog in { dialog } },
            listPlans: plans.map { text in { text } })
    }

    /// The fixture itself: every example answers with its own intent.
    @Test func theFixtureChecksClean() {
        #expect(ChatFixture.answerer.matcher.selfCheck().map(\.description) == [])
    }

    @Test func welcomeSaysWhatItAnswersAndHowToStart() {
        let text = conversation(dialog: ColourDialog()).welcome().plainText
        #expect(text.contains("Hair loss, Results, Treatment, Who it suits."))
        #expect(text.contains("/intake") && text.contains("/topics") && text.contains("/quit"))
        #expect(!conversation().welcome().plainText.contains("/intake"))
    }

    @Test func answersWithItsSourceAndNumberedRelatedTopics() {
        let reply = conversation().respond(to: "How long does SMP last?")
        #expect(reply.intentID == "lasting")
        #expect(reply.blocks.first == .text("It lasts for years."))
        #expect(reply.blocks.contains(.source("Guide: 2. Lasting")))
        #expect(reply.choices.map(\.intentID) == ["touch_up", "sessions", "sun"])
        #expect(reply.choices.map(\.number) == [1, 2, 3])
        #expect(!reply.ends)
    }

    @Test func typingANumberAnswersThatTopic() {
        let chat = conversation()
        _ = chat.respond(to: "how long does smp last")
        #expect(chat.respond(to: "1").intentID == "touch_up")
        // The new answer offers its own related topics.
        #expect(chat.respond(to: "1").intentID == "lasting")
    }

    @Test func aNumberOutOfRangeAsksAgainAndKeepsTheChoices() {
        let chat = conversation()
        _ = chat.respond(to: "how long does smp last")
        #expect(chat.respond(to: "7").plainText.contains("from 1 to 3"))
        #expect(chat.respond(to: "").isEmpty)
        #expect(chat.respond(to: "2").intentID == "sessions")
    }

    @Test func outOfScopeSaysTheGuideDoesNotCoverIt() {
        let reply = conversation().respond(to: "who won the football last night")
        #expect(reply.intentID == nil)
        #expect(reply.plainText.contains(ChatFixture.knowledge.outOfScope.chatAnswer))
    }

    /// Near ties and middling matches are asked about, not guessed: the
    /// candidates come as numbered choices, and a number answers.
    @Test func anUnsureMatchAsksWhichTopicWasMeant() throws {
        var unsure = Answerer.Settings()
        unsure.reviewConfidence = 1.01
        let chat = Conversation(answerer: Answerer(matcher: Bundled.matcher, settings: unsure))
        let reply = chat.respond(to: "how long does smp last")
        #expect(reply.intentID == nil)
        #expect(reply.plainText.hasPrefix("I want to be sure I answer the right question."))
        #expect(reply.choicesLead.hasPrefix("Which do you mean"))
        #expect((2...3).contains(reply.choices.count))
        #expect(reply.choices.first?.intentID == "longevity")
        #expect(chat.respond(to: "1").intentID == "longevity")
    }

    @Test func aSureMatchIsAnsweredWithoutAsking() {
        #expect(builtIn().respond(to: "how long does smp last").intentID == "longevity")
    }

    /// The chat's "not covered" may name chat commands; a question about the
    /// clinic itself gets the clinic's contact instead.
    @Test func notCoveredIsWordedForTheChatAndClinicQuestionsGoToTheClinic() {
        let chat = builtIn()
        #expect(chat.respond(to: "who won the football last night").plainText.contains("/topics"))
        let price = chat.respond(to: "how much does smp cost").plainText
        #expect(price.contains(Bundled.knowledge.outOfScope.contactAnswer))
        #expect(!price.contains("Did you mean"))
    }

    @Test func aLowConfidenceMatchOffersNumberedGuesses() {
        // A matcher that accepts nothing: every question is a low-confidence guess.
        var strict = Matcher.Settings()
        strict.threshold = 1.01
        let chat = Conversation(
            answerer: Answerer(matcher: Matcher(knowledge: ChatFixture.knowledge, settings: strict)))
        let reply = chat.respond(to: "how long does smp last")
        #expect(reply.intentID == nil)
        #expect(reply.plainText.hasPrefix("I'm not sure I understood that."))
        #expect(reply.choicesLead.hasPrefix("Did you mean"))
        #expect(reply.choices.first?.intentID == "lasting")
        #expect(chat.respond(to: "1").intentID == "lasting")
    }

    @Test func aShortFollowUpThatNamesATopicIsAnsweredOnItsOwn() {
        let chat = conversation()
        _ = chat.respond(to: "how long does smp last")
        #expect(chat.respond(to: "and for women?").intentID == "women")
    }

    @Test func aShortFollowUpIsReadWithThePreviousQuestion() {
        // Alone, the line is only weakly about a topic.
        let alone = ChatFixture.answerer.answer("smoking?").primary
        #expect(alone.intent == nil || alone.confidence < Conversation.Settings().weakConfidence)
        let chat = Conversation(answerer: ChatFixture.answerer, explain: true)
        _ = chat.respond(to: "why do I lose hair")
        let reply = chat.respond(to: "smoking?")
        #expect(reply.intentID == "hair_loss_lifestyle")
        #expect(
            reply.blocks.contains {
                if case .note(let text) = $0 {
                    text.contains("read together with \"")
                } else {
                    false
                }
            })
    }

    /// The follow-up belongs to the previous question's topic family, not to its words.
    @Test(arguments: [
        ("what's behind my receding hairline", "hair_loss_causes"), ("how come men go bald", "hair_loss_causes"),
        ("why is my hair getting thinner", "hair_loss_causes"), ("is hair loss genetic", "hair_loss_genetics"),
        ("what is dht", "hair_loss_hormones"),
    ])
    func aFollowUpIsReadWithThePreviousTopicFamilyWhateverItsWording(question: String, topic: String) {
        let chat = builtIn()
        #expect(chat.respond(to: question).intentID == topic)
        #expect(chat.respond(to: "smoking?").intentID == "hair_loss_lifestyle")
    }

    @Test func aFollowUpAboutThePreviousTopicOffersWhereToGoNext() {
        let chat = conversation()
        _ = chat.respond(to: "how long does smp last")
        let reply = chat.respond(to: "and then?")
        #expect(reply.intentID == nil)
        #expect(reply.plainText.hasPrefix("I'm not sure which part you mean."))
        #expect(reply.choices.map(\.intentID) == ["touch_up", "sessions", "sun"])
    }

    @Test func withoutAPreviousQuestionAShortLineIsReadAlone() {
        #expect(conversation().respond(to: "why?").intentID == "hair_loss_causes")
    }

    @Test func aFollowUpLikeANotCoveredQuestionStaysNotCovered() {
        let chat = conversation()
        _ = chat.respond(to: "how long does smp last")
        let reply = chat.respond(to: "how much?")
        #expect(reply.plainText.contains(ChatFixture.knowledge.outOfScope.chatAnswer))
    }

    @Test func explainTogglesTheReasonUnderAnswers() {
        let chat = conversation()
        #expect(chat.respond(to: "/explain").plainText.contains("on"))
        let reply = chat.respond(to: "how lond dose smp last")
        #expect(reply.blocks.contains { if case .note(let text) = $0 { text.contains("lond→long") } else { false } })
        _ = chat.respond(to: "/explain")
        #expect(
            !chat.respond(to: "how long does smp last").blocks.contains { if case .note = $0 { true } else { false } })
    }

    @Test func helpListsEveryCommand() {
        let text = conversation().respond(to: "/help").plainText
        for command in SlashCommand.allCases { #expect(text.contains(command.name)) }
    }

    @Test func topicsAreGroupedAndNumbered() {
        let chat = conversation()
        let reply = chat.respond(to: "/topics")
        let guide = ChatFixture.knowledge.intents.filter { $0.kind == .guide }
        for group in Set(guide.map(\.group)) { #expect(reply.blocks.contains(.heading(group))) }
        #expect(!reply.blocks.contains(.heading("Conversation")))
        #expect(reply.choices.isEmpty)  // listed in the text, numbered there
        #expect(reply.plainText.contains("1. "))
        let answer = chat.respond(to: "2")
        #expect(answer.intentID != nil)
        #expect(guide.contains { $0.id == answer.intentID })
    }

    @Test func unknownCommandsPointToHelp() {
        #expect(conversation().respond(to: "/frobnicate").plainText.contains("/help"))
    }

    @Test func intakeAndPlansSayWhenTheyAreNotAvailable() {
        let chat = conversation()
        #expect(chat.respond(to: "/intake").plainText.contains("not available"))
        #expect(chat.respond(to: "/plans").plainText.contains("not available"))
        #expect(!chat.isInDialog)
        // Asking to plan answers from the guide instead.
        #expect(chat.respond(to: "I want to plan my treatment").intentID == "start_consultation")
    }

    @Test func plansAreListedByTheInjectedClosure() {
        #expect(
            conversation(plans: "1 plan: Sam, 2026-11-26").respond(to: "/plans").plainText == "1 plan: Sam, 2026-11-26")
    }

    @Test func theIntakeTakesEveryLineUntilItFinishes() {
        let dialog = ColourDialog()
        let chat = conversation(dialog: dialog)
        #expect(chat.respond(to: "/intake").plainText == "Which colour? (black, brown)")
        #expect(chat.completions == ["black", "brown", "/quit"])
        #expect(chat.respond(to: "/help").plainText == "Please choose black or brown.")
        #expect(chat.respond(to: "how long does smp last").plainText == "Please choose black or brown.")
        let done = chat.respond(to: "brown")
        #expect(done.plainText == "Saved: brown.")
        #expect(dialog.lines == ["help", "how long does smp last", "brown"])
        #expect(!chat.isInDialog)
        #expect(done.completions == SlashCommand.allCases.map(\.name))
        #expect(chat.respond(to: "how long does smp last").intentID == "lasting")
    }

    @Test func commandsDuringTheIntakeAreAnsweredOnTheSide() {
        let dialog = ColourDialog()
        let chat = conversation(dialog: dialog, plans: "No saved plans.")
        _ = chat.respond(to: "/intake")
        let plans = chat.respond(to: "/plans")
        #expect(plans.plainText.hasPrefix("No saved plans."))
        #expect(plans.plainText.contains("Back to the consultation"))
        let topics = chat.respond(to: "/topics")
        #expect(topics.choices.isEmpty && !topics.plainText.contains("Type a number"))
        #expect(chat.respond(to: "/intake").plainText.contains("already running"))
        #expect(chat.isInDialog && dialog.lines.isEmpty)
        #expect(chat.completions == ["black", "brown", "/quit"])
        #expect(chat.respond(to: "1").plainText == "Please choose black or brown.")
        #expect(dialog.lines == ["1"])
    }

    @Test func askingToPlanStartsTheIntake() {
        let chat = conversation(dialog: ColourDialog())
        #expect(
            chat.respond(to: "I want to plan my treatment").plainText
                == Conversation.bookingNote + "\nWhich colour? (black, brown)")
        #expect(chat.isInDialog)
    }

    @Test func ctrlCInterruptsTheIntakeAndTheChatGoesOn() {
        let dialog = ColourDialog()
        let chat = conversation(dialog: dialog)
        _ = chat.respond(to: "/intake")
        let reply = chat.interrupt()
        #expect(dialog.interrupted && dialog.leaving == false)
        #expect(reply.plainText == "Intake paused; your answers are kept.")
        #expect(!reply.ends && !chat.isInDialog)
        #expect(chat.interrupt().isEmpty)
    }

    @Test func quitDuringTheIntakeInterruptsItAndSaysGoodbye() {
        let dialog = ColourDialog()
        let chat = conversation(dialog: dialog)
        _ = chat.respond(to: "/intake")
        let reply = chat.respond(to: "/quit")
        #expect(dialog.interrupted && dialog.lines.isEmpty)
        #expect(dialog.leaving == true)
        #expect(reply.ends)
        #expect(reply.plainText == "Intake paused; your answers are kept.\n\(Conversation.farewell)")
    }

    @Test(arguments: ["/quit", "/exit", "bye", "see you later"])
    func quitOrAGoodbyeEndsTheChat(line: String) {
        #expect(conversation().respond(to: line).ends)
    }

    @Test func endOfInputSaysAShortFarewell() {
        let reply = conversation().endOfInput()
        #expect(reply.ends && reply.plainText == Conversation.farewell)
    }
}
