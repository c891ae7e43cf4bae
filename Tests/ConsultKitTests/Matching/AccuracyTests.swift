import BundledIntents
import Foundation
import Testing

@testable import ConsultKit

/// How well the built-in knowledge base and matcher answer real questions.
@Suite struct AccuracyTests {
    func evaluate(_ text: String, file: String) throws -> EvaluationReport {
        let set = try LabelledSet(tsv: text, file: file)
        let predictions = set.items.map { Bundled.answerer.answer($0.question).primary.intent?.id }
        return EvaluationReport(set: set, predictions: predictions)
    }

    /// Our own labelled set: varied phrasings, typos, out-of-scope near misses.
    @Test func regressionSetStaysAboveNinetyThreePercent() throws {
        let report = try evaluate(try Fixtures.text("regression.tsv"), file: "regression.tsv")
        #expect(report.total > 200)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.93, "regression accuracy \(accuracy)\n\(report.text)")
        #expect(try #require(report.outOfScopeRecall) >= 0.90, "\(report.text)")
    }

    /// Questions of a labelled fixture that are also examples of the knowledge base.
    func questionsThatAreExamples(in file: String) throws -> [String] {
        let set = try LabelledSet(tsv: try Fixtures.text(file), file: file)
        var examples: Set<String> = []
        for intent in Bundled.knowledge.intents {
            for example in intent.examples { examples.insert(KnowledgeBase.comparable(example.text)) }
        }
        for example in Bundled.knowledge.outOfScope.examples { examples.insert(KnowledgeBase.comparable(example.text)) }
        return set.items.filter { examples.contains(KnowledgeBase.comparable($0.question)) }.map(\.question)
    }

    /// A test question that is also an example would test memory, not matching.
    @Test func regressionQuestionsAreNotExamples() throws {
        let shared = try questionsThatAreExamples(in: "regression.tsv")
        #expect(shared.isEmpty, "regression questions that are examples: \(shared)")
    }

    /// A held-out set written apart from the knowledge base and the regression
    /// set: how well matching generalises to questions nobody tuned it on, and
    /// how rarely a question the guide does not cover gets a topic's answer.
    @Test func heldoutSetIsMeasured() throws {
        let report = try evaluate(try Fixtures.text("heldout.tsv"), file: "heldout.tsv")
        #expect(report.total >= 200)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.92, "held-out accuracy \(accuracy)\n\(report.text)")
        #expect(try #require(report.outOfScopeRecall) >= 0.92, "\(report.text)")
    }

    /// Held out means held out: none of its questions is an example, nor a
    /// regression question.
    @Test func heldoutQuestionsAreNotExamplesNorRegressionQuestions() throws {
        let shared = try questionsThatAreExamples(in: "heldout.tsv")
        #expect(shared.isEmpty, "held-out questions that are examples: \(shared)")
        let regression = try LabelledSet(tsv: try Fixtures.text("regression.tsv"), file: "regression.tsv")
        let known = Set(regression.items.map { KnowledgeBase.comparable($0.question) })
        let heldout = try LabelledSet(tsv: try Fixtures.text("heldout.tsv"), file: "heldout.tsv")
        let repeated = heldout.items.filter { known.contains(KnowledgeBase.comparable($0.question)) }.map(\.question)
        #expect(repeated.isEmpty, "held-out questions that are regression questions: \(repeated)")
    }

    /// A second held-out set, written apart from the knowledge base and from
    /// both other sets, kept unseen to confirm generalisation at the end.
    @Test func confirmationSetIsMeasured() throws {
        let report = try evaluate(try Fixtures.text("confirm.tsv"), file: "confirm.tsv")
        #expect(report.total >= 180)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.80, "confirmation accuracy \(accuracy)\n\(report.text)")
    }

    /// The confirmation set shares no question with the examples, the
    /// regression set or the first held-out set.
    @Test func confirmationQuestionsAreNotExamplesNorOtherSetQuestions() throws {
        let shared = try questionsThatAreExamples(in: "confirm.tsv")
        #expect(shared.isEmpty, "confirmation questions that are examples: \(shared)")
        let confirm = try LabelledSet(tsv: try Fixtures.text("confirm.tsv"), file: "confirm.tsv")
        for file in ["regression.tsv", "heldout.tsv"] {
            let other = try LabelledSet(tsv: try Fixtures.text(file), file: file)
            let known = Set(other.items.map { KnowledgeBase.comparable($0.question) })
            let repeated = confirm.items.filter { known.contains(KnowledgeBase.comparable($0.question)) }.map(
                \.question)
            #expect(repeated.isEmpty, "confirmation questions that are \(file) questions: \(repeated)")
        }
    }

    /// A final set, written apart from the knowledge base and from every other
    /// set, measured once at the very end: how well matching generalises.
    // The floor is provisional: the knowledge base may change after this set was written.
    @Test func finalSetIsMeasured() throws {
        let report = try evaluate(try Fixtures.text("final.tsv"), file: "final.tsv")
        #expect(report.total >= 180)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.80, "final accuracy \(accuracy)\n\(report.text)")
    }

    /// The final set shares no question with the examples nor with any other set.
    @Test func finalQuestionsAreNotExamplesNorOtherSetQuestions() throws {
        let shared = try questionsThatAreExamples(in: "final.tsv")
        #expect(shared.isEmpty, "final questions that are examples: \(shared)")
        let final = try LabelledSet(tsv: try Fixtures.text("final.tsv"), file: "final.tsv")
        for file in ["regression.tsv", "heldout.tsv", "confirm.tsv"] {
            let other = try LabelledSet(tsv: try Fixtures.text(file), file: file)
            let known = Set(other.items.map { KnowledgeBase.comparable($0.question) })
            let repeated = final.items.filter { known.contains(KnowledgeBase.comparable($0.question)) }.map(\.question)
            #expect(repeated.isEmpty, "final questions that are \(file) questions: \(repeated)")
        }
    }

    /// A set in the style of a clinic's FAQ, written apart from the knowledge
    /// base and from every other set, measured once at the very end.
    // The floor is provisional: the knowledge base may change after this set was written.
    @Test func faqStyleSetIsMeasured() throws {
        let report = try evaluate(try Fixtures.text("faqstyle.tsv"), file: "faqstyle.tsv")
        #expect(report.total >= 140)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.80, "faq-style accuracy \(accuracy)\n\(report.text)")
    }

    /// The FAQ-style set shares no question with the examples nor with any other set.
    @Test func faqStyleQuestionsAreNotExamplesNorOtherSetQuestions() throws {
        let shared = try questionsThatAreExamples(in: "faqstyle.tsv")
        #expect(shared.isEmpty, "faq-style questions that are examples: \(shared)")
        let faq = try LabelledSet(tsv: try Fixtures.text("faqstyle.tsv"), file: "faqstyle.tsv")
        for file in ["regression.tsv", "heldout.tsv", "confirm.tsv", "final.tsv"] {
            let other = try LabelledSet(tsv: try Fixtures.text(file), file: file)
            let known = Set(other.items.map { KnowledgeBase.comparable($0.question) })
            let repeated = faq.items.filter { known.contains(KnowledgeBase.comparable($0.question)) }.map(\.question)
            #expect(repeated.isEmpty, "faq-style questions that are \(file) questions: \(repeated)")
        }
    }

    /// A last set, written apart from the knowledge base and from every other
    /// set and kept unseen: mostly questions the guide does not answer, mixed
    /// with every topic, from clinic FAQs, enquiries, earlier clients and relatives.
    // The floor is provisional: the knowledge base may change after this set was written.
    @Test func unseenSetIsMeasured() throws {
        let report = try evaluate(try Fixtures.text("unseen.tsv"), file: "unseen.tsv")
        #expect(report.total >= 110)
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.70, "unseen accuracy \(accuracy)\n\(report.text)")
    }

    /// The unseen set shares no question with the examples nor with any other set.
    @Test func unseenQuestionsAreNotExamplesNorOtherSetQuestions() throws {
        let shared = try questionsThatAreExamples(in: "unseen.tsv")
        #expect(shared.isEmpty, "unseen questions that are examples: \(shared)")
        let unseen = try LabelledSet(tsv: try Fixtures.text("unseen.tsv"), file: "unseen.tsv")
        for file in ["regression.tsv", "heldout.tsv", "confirm.tsv", "final.tsv", "faqstyle.tsv"] {
            let other = try LabelledSet(tsv: try Fixtures.text(file), file: file)
            let known = Set(other.items.map { KnowledgeBase.comparable($0.question) })
            let repeated = unseen.items.filter { known.contains(KnowledgeBase.comparable($0.question)) }.map(
                \.question)
            #expect(repeated.isEmpty, "unseen questions that are \(file) questions: \(repeated)")
        }
    }

    /// The team's labelled dev set beside the project (read, never copied in).
    // Skipped on a clone of the project alone; required in CI (see `Shared`).
    @Test(.enabled(if: Shared.shouldRun, "needs ../shared/eval/dev.tsv beside the project"))
    func devSetReachesNinetyFivePercent() throws {
        let text = try Shared.text("eval/dev.tsv")
        let report = try evaluate(text, file: "dev.tsv")
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.95, "dev accuracy \(accuracy)\n\(report.text)")
    }

    /// The team's sample of hard questions by category (read, never copied in).
    // Skipped on a clone of the project alone; required in CI (see `Shared`).
    @Test(.enabled(if: Shared.shouldRun, "needs ../shared/eval/dev-categories.tsv beside the project"))
    func devCategoriesReachNinetyPercent() throws {
        let text = try Shared.text("eval/dev-categories.tsv")
        let report = try evaluate(text, file: "dev-categories.tsv")
        let accuracy = try #require(report.accuracy)
        #expect(accuracy >= 0.90, "dev-categories accuracy \(accuracy)\n\(report.text)")
    }

    /// Every topic id fixed by the team's topics list has an intent of that id.
    // Skipped on a clone of the project alone; required in CI (see `Shared`).
    @Test(.enabled(if: Shared.shouldRun, "needs ../shared/topics.md beside the project"))
    func everyTopicHasAnIntent() throws {
        let text = try Shared.text("topics.md")
        let ids = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 3)..<end])
        }
        #expect(ids.count == 25)
        for id in ids { #expect(Bundled.knowledge[id] != nil, "no intent for topic \(id)") }
    }

    @Test func builtInKnowledgeBaseChecksClean() {
        #expect(KnowledgeCheck.run(BundledIntents.files, ignoring: [IntakeForm.fileName]).map(\.description) == [])
    }

    @Test func guideIntentsNameTheirSectionAndRelatedTopics() {
        for intent in Bundled.knowledge.intents where intent.kind == .guide {
            #expect(intent.source != nil, "\(intent.id) has no source")
            #expect(!intent.related.isEmpty, "\(intent.id) suggests nothing")
            #expect(intent.examples.count >= 12, "\(intent.id) has too few examples")
        }
    }
}

/// Behaviours the issue names, on the built-in knowledge base.
@Suite struct BuiltInMatchingTests {
    @Test(arguments: [
        ("how lond dose smp last", "longevity"),
        ("How long does SMP last?", "longevity"),
        ("is scalp micropigmentation safe", "side_effects"),
        ("different shades of pigment?", "pigment_shades"),
        ("aftercare", "aftercare"),
        ("Hello!", "greeting"),
        ("thanks a lot", "thanks"),
        ("I want to plan my treatment", "start_consultation"),
    ])
    func answersVariedPhrasings(question: String, intent: String) {
        #expect(Bundled.answerer.answer(question).primary.intent?.id == intent)
    }

    @Test(arguments: [
        "how many sessions does laser removal need?",
        "who won the champions league final",
        "does it hurt",
    ])
    func saysNotCoveredRatherThanGuess(question: String) {
        let answer = Bundled.answerer.answer(question)
        #expect(answer.primary.intent == nil)
        #expect(answer.primary.text.contains("consultation"))
        #expect(answer.needsReview)
        // Batch replies are read away from the chat: no chat commands.
        #expect(!answer.primary.text.contains("/topics"))
    }

    /// Batch replies are read away from the chat: no intent's batch answer
    /// (nor the batch "not covered") tells the reader to type a command.
    @Test func batchRepliesNameNoChatCommands() {
        #expect(KnowledgeCheck.namesChatCommand("Type /topics to see the list."))
        #expect(!KnowledgeCheck.namesChatCommand("3/5 sessions, and/or more"))
        for intent in Bundled.knowledge.intents {
            #expect(!KnowledgeCheck.namesChatCommand(intent.batchAnswer), "\(intent.id)")
        }
        #expect(!KnowledgeCheck.namesChatCommand(Bundled.knowledge.outOfScope.answer))
        #expect(Bundled.answerer.answer("hello").primary.text == Bundled.knowledge["greeting"]?.batchAnswer)
        #expect(Bundled.knowledge["greeting"]?.answer.contains("/topics") == true)
    }

    /// Price, booking, location and hours are for the clinic, not the therapist.
    @Test(arguments: [
        "how much does smp cost", "where is the clinic", "are you open on saturdays", "can I pay in instalments",
    ])
    func sendsClinicQuestionsToTheClinic(question: String) {
        let part = Bundled.answerer.answer(question).primary
        #expect(part.intent == nil)
        #expect(part.forClinic)
        #expect(part.text.contains("contact the clinic"))
        #expect(part.suggestions.isEmpty)
    }

    /// A line with any answered part carries that part's intent.
    @Test func aLineWithAnAnsweredPartIsNeverReadAsNotCovered() {
        let answer = Bundled.answerer.answer("does it hurt? how long does it last?")
        #expect(answer.parts.map { $0.intent?.id ?? "none" } == ["none", "longevity"])
        #expect(answer.primary.intent?.id == "longevity")
        #expect(answer.needsReview)
        #expect(answer.parts.map(\.clause) == ["does it hurt", "how long does it last"])
    }

    @Test func answersBothSidesOfAComma() {
        let answer = Bundled.answerer.answer("is it permanent, how many sessions")
        #expect(answer.parts.compactMap(\.intent?.id) == ["longevity", "number_of_sessions"])
    }

    /// What a message merely says around its question is context, not a
    /// second question, even when its words resemble a topic's example.
    @Test func contextAroundAQuestionIsNotAnsweredAsAQuestion() {
        let message =
            "Hi. My sister found your clinic online and keeps telling me to look into it. "
            + "Could you explain how the treatment is carried out?"
        let answer = Bundled.answerer.answer(message)
        #expect(answer.parts.map { $0.intent?.id ?? "none" } == ["treatment_procedure"])
    }

    /// What a message says around a question the guide does not cover is
    /// context too: it does not get a topic's answer in the question's place.
    @Test func contextAroundANotCoveredQuestionIsNotAnswered() {
        let message =
            "Hi, I've been thinking about this for ages. My brother had it done last year and loves it. "
            + "How much would a full head cost at your clinic?"
        let answer = Bundled.answerer.answer(message)
        #expect(answer.parts.allSatisfy { $0.intent == nil })
        #expect(answer.primary.forClinic)
    }

    /// A chatty message answers its one question when the whole, diluted, would not.
    @Test func aLongMessageIsAnsweredByItsQuestion() {
        let message =
            "Hello there. My uncle and my grandad both went bald young and I am only 24. "
            + "I have been reading a lot online lately. Is hair loss something you can inherit?"
        #expect(Bundled.answerer.answer(message).primary.intent?.id == "hair_loss_genetics")
    }

    @Test func answersBothHalvesOfATwoPartQuestion() {
        let answer = Bundled.answerer.answer("how long does it last and is it safe?")
        #expect(answer.parts.compactMap(\.intent?.id) == ["longevity", "side_effects"])
    }
}
