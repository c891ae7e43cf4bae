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
        // What the writer says they are not asking is dropped up to the next mark.
        ("not asking how long smp lasts, how long does the redness last", "how long does the redness last"),
        ("I'm not asking about the touch-up - how often do I shampoo?", "how often do I shampoo?"),
        ("I'm not asking how many — why can't it be done in one go?", "why can't it be done in one go?"),
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
        // A favour asked is no disclaimer; nor is one with nothing after it.
        "I'm not asking for much, just the facts please",
        "honestly, I'm not asking",
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

    /// A correction that points back with "that" asks about what came before.
    @Test func aCorrectionPointingBackKeepsWhatItPointsAt() {
        let meals = "I skip meals and live on takeaways, I mean could that be why my hair is going thin"
        #expect(Bundled.answerer.answer(meals).primary.intent?.id == "hair_loss_lifestyle")
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

/// Spoken hesitations are no part of a question.
@Suite struct FillerTests {
    @Test(arguments: [
        ("why does it, um, take three visits", "why does it take three visits"),
        ("Um, how long is the gap between visits?", "how long is the gap between visits?"),
        ("is the ink, like, organic", "is the ink organic"),
        ("does the sun, you know, fade it", "does the sun fade it"),
        ("er, what is it made of", "what is it made of"),
        ("can I wash it erm... after a week", "can I wash it after a week"),
        ("what shade, uh, do they start with um?", "what shade do they start with?"),
        ("so I smoke and uh I drink, is that why", "so I smoke and I drink, is that why"),
        ("which ointment, um, like, is best", "which ointment is best"),
    ])
    func hesitationsAndTheirCommasGo(line: String, fluent: String) {
        #expect(Fillers.removed(from: line) == fluent)
    }

    @Test(arguments: [
        "What is it like?",
        "Does it look like real stubble, or like a tattoo?",
        "What kind of pigment is it?",
        "ah I see, how long does SMP last?",
        "How long does SMP last?",
    ])
    func wordsInTheirSenseStay(line: String) {
        #expect(Fillers.removed(from: line) == nil)
    }

    /// A question cut in two by a hesitation's commas is answered whole.
    @Test func aQuestionAroundAHesitationIsOne() {
        let answer = Bundled.answerer.answer("why can't you just, um, do the whole lot in one go")
        #expect(answer.parts.count == 1)
        #expect(answer.primary.intent?.id == "why_multiple_sessions")
    }
}

/// An aside in brackets says why or how the writer asks.
@Suite struct BracketTests {
    @Test func asidesAreSetApart() throws {
        let split = try #require(Brackets.split("How long does it last (roughly) [asking for my dad]?"))
        #expect(split.rest == "How long does it last ?")
        #expect(split.asides == "roughly asking for my dad ")
        #expect(Brackets.split("How long does it last?") == nil)
        #expect(Brackets.split("(just saying hi)") == nil)
        // An open bracket that never closes is kept as typed.
        #expect(Brackets.split("how long (roughly does it last")?.rest == nil)
    }

    @Test func aLineRefusedForItsAsideIsAnswered() {
        let line = "Are there side effects I ought to know about (besides my bank balance suffering)?"
        #expect(Bundled.answerer.answer(line).primary.intent?.id == "side_effects")
        // What the aside says of the writer still counts.
        #expect(Bundled.answerer.answer("How long does the redness last (I have psoriasis)?").primary.intent == nil)
    }
}
