import Testing

@testable import ConsultKit

/// Where a writer takes back what they began to ask.
@Suite struct SelfCorrectionTests {
    @Test(arguments: [
        (
            "How long does the redness last — no wait, scratch that, how many sessions will I need?",
            "how many sessions will I need?"
        ),
        ("Is the ink safe? I mean, what is it made of?", "what is it made of?"),
        ("What should I ask at the consultation? Never mind, I'd like to book one", "I'd like to book one"),
        ("Does it hurt — what I want to know is whether it scabs", "whether it scabs"),
    ])
    func theQuestionIsWhatFollowsTheCorrection(line: String, question: String) {
        #expect(SelfCorrection.question(in: line).map(String.init) == question)
    }

    @Test(arguments: [
        // "skip that" without a mark after it is no correction.
        "The videos all skip that part, so how is the pigment put in?",
        // "I mean" that narrows what was asked asks nothing new.
        "How long does it take — the whole course I mean, not one sitting",
        // Too little follows to ask anything.
        "What does it cost? Forget it, bye.",
        "How long does SMP last?",
    ])
    func noCorrection(line: String) {
        #expect(SelfCorrection.question(in: line) == nil)
    }

    /// What the writer took back is not answered; what they said of
    /// themself before it still counts.
    @Test func theAnswerIsToTheCorrectedQuestion() {
        let fade = "What makes it fade — no wait, I mean what makes men go bald?"
        let answer = Bundled.answerer.answer(fade)
        #expect(answer.primary.intent?.id == "hair_loss_causes")
        #expect(answer.question == fade)
        let eczema = "I have eczema on my scalp — can I have it, I mean is it safe?"
        #expect(Bundled.answerer.answer(eczema).primary.intent == nil)
    }
}

/// A forum post's "TL;DR" is its question.
@Suite struct SummaryTests {
    @Test(arguments: [
        ("Long story about my barber and my mate. TL;DR: how many sessions?", "how many sessions?"),
        ("Reading for weeks. tldr what is SMP exactly", "what is SMP exactly"),
        ("Confused by forums. tl dr - does it fade in the sun", "does it fade in the sun"),
        ("Too long, sorry. TL:DR how long does it last?", "how long does it last?"),
    ])
    func theQuestionIsWhatFollowsTheLastTLDR(line: String, question: String) {
        #expect(Summary.question(in: line).map(String.init) == question)
    }

    @Test(arguments: ["How long does SMP last?", "my title is tldr", "The hotel drew a crowd. tldr: ok"])
    func noSummary(line: String) {
        #expect(Summary.question(in: line) == nil)
    }

    /// The story counts where it says something of the writer the guide may
    /// not cover; elsewhere only the TL;DR is answered.
    @Test func theStoryCountsOnlyWhereItSpeaksOfTheWriter() {
        let post =
            "Going on holiday soon and work is mad so planning everything around it. tldr how many days apart are the appointments"
        #expect(Bundled.answerer.answer(post).primary.intent?.id == "session_interval")
        let condition = "I have psoriasis on my scalp and it flares up in winter. tldr can I still get SMP?"
        #expect(Bundled.answerer.answer(condition).primary.intent == nil)
    }
}
