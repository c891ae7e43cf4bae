import Foundation
import Testing

@testable import ConsultKit

/// The matcher's mechanics, on a small knowledge base written for the test.
@Suite struct MatcherMechanicsTests {
    let matcher: Matcher

    init() throws {
        matcher = Matcher(knowledge: try KnowledgeBase.load(.folder(Fixtures.path("mini-intents"))))
    }

    @Test(arguments: [
        ("How long does SMP last?", "lasting"),
        ("HOW LONG DOES IT LAST!!!", "lasting"),
        ("how lond dose smp last", "lasting"),
        ("how many appointments", "sessions"),
        ("number of sittings for a hair tattoo", "sessions"),
        ("hello", "hello"),
    ])
    func matchesVariedPhrasings(question: String, intent: String) {
        #expect(matcher.match(question).intent?.id == intent)
    }

    @Test(arguments: ["how much is it", "who won the match yesterday", "", "???", "does it hurt a lot"])
    func refusesWhatItDoesNotKnow(question: String) {
        #expect(matcher.match(question).intent == nil)
    }

    @Test func confidenceIsAProbabilityAndRunnersUpAreRanked() {
        let match = matcher.match("how many sessions and how long")
        #expect((0...1).contains(match.confidence))
        let scores = match.candidates.map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(!match.candidates.contains { $0.intent.id == match.intent?.id })
    }

    @Test func explainsSpellingSynonymsAndTerms() {
        let explanation = matcher.match("how lond does a hair tattoo last", explain: true).explanation
        #expect(explanation.steps.contains(TermAnalyzer.Step(kind: .spelling, from: "lond", to: "long")))
        #expect(explanation.steps.contains(TermAnalyzer.Step(kind: .synonym, from: "hair tattoo", to: "smp")))
        #expect(explanation.terms.map(\.term).contains("last"))
        #expect(explanation.summary.contains("rule: score"))
    }

    @Test func offersTheClosestTopicsWhenItCannotAnswer() {
        // One topic word among words no example uses: too weak to answer, close enough to offer.
        let part = Answerer(matcher: matcher).answer("fade banana kiwi apple pear plum").primary
        #expect(part.intent == nil)
        #expect(part.suggestions == ["lasting"])
        #expect(part.text.hasPrefix("Not covered here; ask at your consultation."))
        #expect(part.text.hasSuffix("Did you mean: How long it lasts?"))
    }

    @Test(
        arguments: [
            ("how long does smp last and how many sessions do i need", ["lasting", "sessions"]),
            ("How many appointments? Will the result fade?", ["sessions", "lasting"]),
            ("how long does it last and what is the price", ["lasting", nil]),
            ("can men and women have it", [nil]),
        ] as [(String, [String?])])
    func aLineAskingSeveralThingsIsAnsweredPartByPart(line: String, intents: [String?]) {
        let answer = Answerer(matcher: matcher).answer(line)
        #expect(answer.parts.map(\.intent?.id) == intents)
        #expect(answer.primary.intent?.id == intents.first ?? nil)
    }

    /// A question like a known not-covered one gets no "Did you mean", even
    /// when a topic shares a word with it: "fade price" is about price.
    @Test func offersNoTopicsForAQuestionLikeANotCoveredOne() {
        let part = Answerer(matcher: matcher).answer("fade price").primary
        #expect(part.intent == nil)
        #expect(part.match.candidates.first?.intent.id == "lasting")
        #expect(part.suggestions.isEmpty)
        #expect(part.text == "Not covered here; ask at your consultation.")
    }

    @Test func selfCheckFindsAnExampleThatBelongsElsewhere() throws {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The last example says what a sessions example says, in other words.
        try """
        id: hello
        kind: conversation
        answer: Hello there.
        examples:
          - hello
          - hi there
          - how many sittings do i need
        """.write(to: folder.appendingPathComponent("hello.yaml"), atomically: true, encoding: .utf8)
        let matcher = Matcher(knowledge: try KnowledgeBase.load(.folder(folder.path)))
        // Two intents now claim the same question: the check reports the clash.
        let problems = matcher.selfCheck().map(\.description)
        #expect(!problems.isEmpty)
        #expect(
            problems.allSatisfy {
                $0.contains("do i need")
                    && ($0.contains("matches intent 'hello'") || $0.contains("matches intent 'sessions'"))
            })
        #expect(
            matcher.selfCheck(leaveOneOut: true).map(\.description).contains {
                $0.hasPrefix(
                    "hello.yaml:7: example \"how many sittings do i need\" matches intent 'sessions' when left out")
            })
    }
}

@Suite struct LongQuestionTests {
    @Test func distinctUnknownWordsAreCountedOnceInLinearTime() throws {
        let matcher = Matcher(knowledge: try KnowledgeBase.load(.folder(Fixtures.path("mini-intents"))))
        // 200,000 distinct words no example uses (digits: no spelling correction).
        let words = (0..<200_000).map { "z\($0)" }
        let clock = ContinuousClock()
        var analysis: TermAnalyzer.Analysis?
        let elapsed = clock.measure { analysis = matcher.analyzer.analyze((words + words).joined(separator: " ")) }
        #expect(analysis?.ids.count == 200_000)
        #expect(analysis?.terms.prefix(2) == ["z0", "z1"])
        // Quadratic took over a minute; linear is well under a second in release.
        #expect(elapsed < .seconds(10))
    }

    @Test func aFewRepeatedWordsStayInOrderOfFirstUse() throws {
        let matcher = Matcher(knowledge: try KnowledgeBase.load(.folder(Fixtures.path("mini-intents"))))
        let words = (0..<40).map { "q\($0 % 30)" }.joined(separator: " ")
        #expect(matcher.analyzer.analyze(words).terms == (0..<30).map { "q\($0)" })
    }
}

@Suite struct QuestionSplitterTests {
    @Test(arguments: [
        ("can I do it all in one week because I live far away", "can I do it all in one week "),
        ("can I do it all in one week coz I live far away", "can I do it all in one week "),
        ("can I do it all in one week, because I live far away", "can I do it all in one week, "),
        // Too few words before it to be a question.
        ("because I live far", nil),
        ("is it safe", nil),
    ])
    func theQuestionBeforeAReason(clause: String, question: String?) {
        #expect(QuestionSplitter.beforeReason(of: clause[...]).map(String.init) == question)
    }

    @Test(arguments: [
        ("A friend said one session is enough, is that true?", "one session is enough"),
        ("my gran told me that the ink is just tattoo ink", "the ink is just tattoo ink"),
        ("I read online that it lasts for ever, am I wrong?", "it lasts for ever"),
        ("my barber reckons it fades in a year", "it fades in a year"),
        // The check is cut only after a comma, and only when it is short.
        (
            "he says it fades, but I want to hear it from the clinic myself",
            "it fades, but I want to hear it from the clinic myself"
        ),
        // A question about what was said, no speaker, or too short a claim.
        ("what's this 3D thing my therapist mentioned about the dots?", nil),
        ("said it lasts years", nil),
        ("my mate said so, is that right?", nil),
    ])
    func theClaimAClauseReports(clause: String, claim: String?) {
        #expect(QuestionSplitter.reported(in: clause[...]).map(String.init) == claim)
    }

    @Test(arguments: [
        ("my cousin had five goes, is that normal or was he unlucky?", "my cousin had five goes"),
        ("He had five goes at it. Is that normal?", "He had five goes at it"),
        // A point inside a number ends no sentence.
        ("he had 4 sessions, is that normal over 1.5 years?", "he had 4 sessions"),
        // No number, or no check of one.
        ("my cousin had a few goes, is that normal?", nil),
        ("my cousin had five goes, what do you think?", nil),
    ])
    func theNumberAClauseChecks(clause: String, claim: String?) {
        #expect(QuestionSplitter.checkedNumber(in: clause[...]).map(String.init) == claim)
    }

    @Test(arguments: [
        ("how many sessions, I'm a farmer", "how many sessions", " I'm a farmer"),
        ("what's the gap between visits, my job is busy", "what's the gap between visits", " my job is busy"),
        // A purpose is a remark about the writer too.
        ("how many visits is it, so I can plan", "how many visits is it", " so I can plan"),
        ("how many visits is it, so that I can plan", "how many visits is it", " so that I can plan"),
        ("how many visits, so is it worth it", nil, nil),
        // Not after a yes-or-no question, nor a comma before something else.
        ("can I have it, I'm 70", nil, nil),
        ("how long, roughly, does it last", nil, nil),
    ])
    func theQuestionBeforeARemarkAboutTheWriter(clause: String, question: String?, aside: String?) {
        let found = QuestionSplitter.beforeAside(of: clause[...])
        #expect(found.map { String($0.question) } == question)
        #expect(found.map { String($0.aside) } == aside)
    }

    @Test(arguments: [
        // An opening "when" before a comma and a question sets the scene.
        ("When the dots begin to fade, can they be refreshed?", " the dots begin to fade, can they be refreshed?"),
        ("when it fades after some years, I need to come back?", " it fades after some years, I need to come back?"),
        // "When" that asks, or a scene without a question after its comma,
        // or one of the writer's own, stays.
        ("when can I wash it, the day after?", "when can I wash it, the day after?"),
        ("when the dots fade, annoyingly", "when the dots fade, annoyingly"),
        ("When my hair goes white, will the dots look dark?", "When my hair goes white, will the dots look dark?"),
        ("what happens when it fades, can you redo it?", "what happens when it fades, can you redo it?"),
        ("Whenever it fades, can they redo it?", "Whenever it fades, can they redo it?"),
        // Without a comma, a verb and its subject two words on ask.
        ("when the colour goes do they redo it", " the colour goes do they redo it"),
        ("when does it fade do you think", "when does it fade do you think"),
        ("when my hair greys do you change the shade", "when my hair greys do you change the shade"),
    ])
    func anOpeningWhenThatSetsTheScene(clause: String, read: String) {
        #expect(String(QuestionSplitter.withoutSceneSetter(clause)) == read)
    }

    @Test(arguments: [
        ("Night-shift worker here, can I book a consultation?", [" can I book a consultation?"]),
        ("Hi, I'm Sam, is it safe, and how long does it last", [" is it safe, and how long does it last"]),
        ("Night-shift worker here, loving the results", []),
    ])
    func theQuestionsAfterCommas(clause: String, questions: [String]) {
        #expect(QuestionSplitter.questionsAfterCommas(in: clause[...]).map(String.init) == questions)
    }

    @Test(arguments: [
        // "Which" after a noun relates: it opens no question.
        (
            "what is difference between smp and tattoo which I have on my arm",
            ["what is difference between smp and tattoo which I have on my arm"]
        ),
        ("how long does it last and is it safe?", ["how long does it last", "is it safe"]),
        ("How long does it last? Is it safe?", ["How long does it last", " Is it safe"]),
        ("black and white hair", ["black and white hair"]),
        ("can men and women have it", ["can men and women have it"]),
        ("what is smp and how much does it cost", ["what is smp", "how much does it cost"]),
        // An apostrophe does not hide a question word.
        (
            "how much is it, and what's involved in the consultation",
            ["how much is it,", "what's involved in the consultation"]
        ),
        // A comma before a question word starts a new question...
        ("is it permanent, how many sessions", ["is it permanent,", "how many sessions"]),
        ("does it hurt, how long is it, why three", ["does it hurt,", "how long is it,", "why three"]),
        // ...when what comes before is a question too; words that set the
        // scene stay with the question they lead to.
        ("if I'm completely bald, can I still have it", ["if I'm completely bald, can I still have it"]),
        ("once it is finished, how long before it fades", ["once it is finished, how long before it fades"]),
        ("I'm on finasteride, will it affect the pigment", ["I'm on finasteride, will it affect the pigment"]),
        // A "when" before a subject says when the question applies; before a
        // verb it asks.
        ("when the dots fade in a few years, what do I do", ["when the dots fade in a few years, what do I do"]),
        ("when can I wash it, how long after", ["when can I wash it,", "how long after"]),
        ("hi, how are you", ["hi, how are you"]),
        ("well, I think so", ["well, I think so"]),
        // A colon before a space introduces what follows; a time does not split.
        (
            "two quick questions: how much is it, and how long do I wait",
            ["two quick questions", "how much is it,", "how long do I wait"]
        ),
        ("can I come at 10:30 on a friday", ["can I come at 10:30 on a friday"]),
        // A question word a word after the joining word still opens a question.
        (
            "does it hurt and roughly how many sessions would I need",
            ["does it hurt", "roughly how many sessions would I need"]
        ),
        ("my hair is thin and it is getting worse", ["my hair is thin and it is getting worse"]),
        // "and can't…" goes on with a statement.
        (
            "I work six days a week and can't take much time off",
            ["I work six days a week and can't take much time off"]
        ),
        // A verb that opens a question is followed by who or what it asks of.
        ("I work nights as a nurse and have had a rough year", ["I work nights as a nurse and have had a rough year"]),
        ("does it fade quickly and is it safe to swim", ["does it fade quickly", "is it safe to swim"]),
        // "or" offers a choice within one question.
        ("can I start in winter or should I wait for spring", ["can I start in winter or should I wait for spring"]),
        // A piece after a joining word splits at its commas, and a piece
        // before a comma at its joining words.
        (
            "sorry if this is daft, but what is smp, is it a hairpiece",
            ["sorry if this is daft,", "what is smp,", "is it a hairpiece"]
        ),
        (
            "how long does it last and is it safe, how many sessions",
            ["how long does it last", "is it safe,", "how many sessions"]
        ),
        // Numbered and bulleted items are questions of their own.
        (
            "1) how long does it last 2) is it safe 10) how many sessions",
            ["how long does it last", "is it safe", "how many sessions"]
        ),
        ("a) can women have it b) what is in the ink", ["can women have it", "what is in the ink"]),
        ("- why several visits - how far apart", ["why several visits", "how far apart"]),
        // A bracket after a word, or a dash inside prose, numbers nothing.
        ("is it safe (for me) - asking for my dad", ["is it safe (for me) - asking for my dad"]),
        // A word set off by commas is an aside inside one question.
        ("what role, exactly, does the sun play?", ["what role, exactly, does the sun play"]),
        ("is it permanent, how many sessions?", ["is it permanent,", "how many sessions"]),
        // Text speak's "n" joins, and its "wot" asks.
        ("does it hurt n wot r the side effects", ["does it hurt", "wot r the side effects"]),
        ("salt n pepper hair", ["salt n pepper hair"]),
        // A full stop inside a number or after an abbreviation ends no sentence.
        (
            "do you offer payment plans, e.g. spread over a year?",
            ["do you offer payment plans, e.g. spread over a year"]
        ),
        ("is it the same as a tattoo, i.e. permanent?", ["is it the same as a tattoo, i.e. permanent"]),
        ("does it last 2.5 years or more", ["does it last 2.5 years or more"]),
        ("is smp vs. a transplant cheaper", ["is smp vs. a transplant cheaper"]),
        ("It lasts. Is it safe?", ["It lasts", "Is it safe"]),
        // After a comma, a joining word opens a question with its verb or its
        // subject first; before a question word that ends the line, the last one does.
        ("what is in the ink, and can remove it later", ["what is in the ink,", "can remove it later"]),
        ("how long does it last, and it can be removed?", ["how long does it last,", "it can be removed"]),
        // After a question word, "and it" opens one where the line ends asking,
        // as dialects ask ("wetin dem dey put for di ink, and e go itch?"); not mid-line.
        ("how long does it last and it can be removed?", ["how long does it last", "it can be removed"]),
        ("wah de pigment made from an it safe fuh me?", ["wah de pigment made from", "it safe fuh me"]),
        (
            "what if it fades and it looks patchy, can I go back",
            ["what if it fades and it looks patchy,", "can I go back"]
        ),
        (
            "how many sessions I need and each one costs how much",
            ["how many sessions I need", "each one costs how much"]
        ),
        ("how many sessions, and each is how much money", ["how many sessions,", "each is how much money"]),
        // After a question, "and if" opens one even without a comma.
        ("does it fade and if it does can it be redone", ["does it fade", "if it does can it be redone"]),
        ("if it fades and if I hate it what then", ["if it fades and if I hate it what then"]),
        // A second joining word opens nothing more: "and also" reads as "and".
        ("does it fade quickly, and also it is permanent?", ["does it fade quickly,", "also it is permanent"]),
        // Having something is told, not asked: "and have a few questions".
        ("I'm over from Leeds and have a few questions", ["I'm over from Leeds and have a few questions"]),
        ("it looks patchy and have the dots faded", ["it looks patchy", "have the dots faded"]),
        // After a question, "and" with a modal opens one, whatever its subject;
        // "and do" goes on with a statement.
        ("what's in the pigment and will sweat wash it out", ["what's in the pigment", "will sweat wash it out"]),
        ("can i start here and do remaining sessions abroad", ["can i start here and do remaining sessions abroad"]),
    ])
    func findsClauses(line: String, clauses: [String]) {
        #expect(
            QuestionSplitter.clauses(of: line).map { $0.trimmingCharacters(in: .whitespaces) }
                == clauses.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// A clause asks when it ends with "?" or opens with a question word, also
    /// after a lead-in word; a statement asks nothing.
    @Test(arguments: [
        ("also how long will the redness last", true), ("so what happens next", true), ("is it safe", true),
        ("my brother had it done last year", false), ("also my brother had it", false),
        ("and then nothing", false),
        // A letter asks without a question word up front.
        ("I'd like to know how long the course takes", true), ("I was wondering whether it fades", true),
        ("could you tell me which shades you use", true), ("I'm not sure if I need a touch-up", true),
        ("I know what SMP is", false), ("let me tell you what happened", false),
        ("can't get time off work", false), ("doesn't matter much", false),
        ("i want know step by step how it is done", true), ("I know a bit about how it works", false),
        ("the shades you use on clients, which ones suit grey hair", true),
        ("I'd be grateful if you could explain in plain words what SMP is", true),
        ("I'd rather not have to explain to him why I need a day off", false),
        ("everyone talks about DHT like I'm supposed to know what it is", false),
        // A question word may come last, where many languages put it.
        ("the pigment is made of what", true), ("each session costs how much", true),
        ("I wear a cap all day, how much", true), ("I know how", false),
        // A condition may come before the question without a comma.
        ("if i get it done what am i not allowed to do for a week.", true),
        ("once it heals how long will it stay dark", true),
        ("if I knew what it was I would not ask", false), ("after my first session I was told what it is", false),
    ])
    func tellsQuestionsFromStatements(clause: String, asks: Bool) {
        #expect(QuestionSplitter.asks(clause[...], in: clause) == asks)
    }

    /// The questions inside a clause of chatter run from their question word
    /// to the next comma: after a comma or a joining word, or a few words
    /// after a verb of knowing or telling.
    @Test(arguments: [
        (
            "my mate says its good but i dont understand what it is exactly, you can explain what is smp",
            ["what it is exactly", "what is smp"]
        ),
        ("So i want know honest, how many years it holds", ["how many years it holds"]),
        ("I'd like to know step by step how the dots go in, thanks", ["how the dots go in"]),
        ("my brother had it done and it looks good", []),
        // Whoever asked, what they asked is the question.
        ("lady on the phone asked whether the redness goes away", ["whether the redness goes away"]),
        ("what is smp", []),
        // A question word that opens the clause asks up to the comma that
        // ends it, unless "when" sets a scene.
        ("why do the dots go lighter, my cousin says his did", ["why do the dots go lighter"]),
        ("when it goes patchy, is that the touch-up", []),
    ])
    func findsTheQuestionsInsideAClause(clause: String, cores: [String]) {
        #expect(QuestionSplitter.cores(of: clause[...]).map(String.init) == cores)
    }

    /// A claim of what SMP is opens with SMP, "it", "this" or "that" and "is"
    /// or a verb of what it does, or with "is" and one of them, after a
    /// lead-in, a check ("am I right that…") or someone's report of it ("my
    /// mate says…"); a question about how it is done or how it looks is no
    /// such claim.
    @Test(arguments: [
        ("so it's ink that looks like stubble, right?", true),
        ("ok so is smp basically fake stubble", true),
        ("is it true that smp makes a bald head look shaved", true),
        ("scalp micropigmentation gives the look of short hair?", true),
        ("if I understand correctly, it is ink that looks like stubble", true),
        ("how do they make it look like stubble", false),
        ("does it look like a real buzz cut", false),
        ("my mate says it is ink", true),
        ("my mate says it costs a fortune", false),
    ])
    func tellsAClaimOfWhatSMPIs(clause: String, claims: Bool) {
        #expect(QuestionSplitter.claimsIdentity(clause) == claims)
    }

    /// A line asks something when any part does, a question word after a
    /// comma included, or "when" or "how" after a preposition there; thanks
    /// and farewells ask nothing.
    @Test(arguments: [
        ("I'm only 17, could I book in", true), ("cheers, that helped", false), ("all good?", true),
        ("hi there. what is smp", true), ("right thats me done for today, bye", false),
        ("say I book it in for spring, by when is it all done", true),
        ("the redness after, for how long", true),
        ("you explained it well, for which many thanks", false),
    ])
    func tellsALineThatAsksFromOneThatDoesNot(line: String, asks: Bool) {
        #expect(QuestionSplitter.asksAnything(line) == asks)
    }

    /// A comparison after a comma that opens with "like" comes off a
    /// question; not "like" as a filler or before a question, nor examples
    /// of "something".
    @Test(arguments: [
        ("do they go darker later, a bit like a second coat?", "do they go darker later"),
        ("how long does it last, like a car's paint job", "how long does it last"),
        ("is it safe, like, for everyone?", nil), ("does the sun harm it, like will I burn?", nil),
        ("must I bring something, like old photos?", nil), ("I wonder, like a tattoo?", nil),
    ])
    func findsAComparisonAfterAQuestion(clause: String, question: String?) {
        #expect(QuestionSplitter.beforeComparison(of: clause[...]).map(String.init) == question)
    }

    /// What a question is compared with ("like a…", "the way a… does")
    /// comes off it; a likeness asked about ("look like a…") stays.
    @Test(arguments: [
        ("can it all be done in one visit like a lash lift?", "can it all be done in one visit?"),
        ("will it wear off the way my old tattoo did, or stay put?", "will it wear off or stay put?"),
        ("is it permanent, in the way a tattoo is, or not?", "is it permanent, or not?"),
        ("does it look like a tattoo?", nil), ("is it kind of like a tattoo?", nil),
        ("is that the way it is done?", nil),
        ("will it fade the way it should?", nil),
        ("how much upkeep does it need compared to extensions?", "how much upkeep does it need?"),
        ("is it a lot of work, compared with a wig, or not?", "is it a lot of work, or not?"),
        ("does it look compared to a tattoo?", nil),
        ("is it permanent like my old tattoo or does it wear off?", "is it permanent or does it wear off?"),
    ])
    func dropsWhatAQuestionIsComparedWith(clause: String, question: String?) {
        #expect(QuestionSplitter.withoutComparison(in: clause[...]) == question)
    }

    /// What the writer says is not asked (", not the redness", "as opposed
    /// to…") comes off; "not" that asks, or no contrast, stays.
    @Test(arguments: [
        ("how long until it's healed, not just the redness?", "how long until it's healed?"),
        ("how long to heal, as opposed to the redness going, roughly?", "how long to heal, roughly?"),
        ("what's in the ink, not the price, the ink", "what's in the ink, the ink"),
        ("does it not fade?", nil), ("my hair is thin, not sure if it would work", nil),
    ])
    func dropsWhatIsNotAsked(clause: String, question: String?) {
        #expect(QuestionSplitter.withoutContrast(in: clause[...]) == question)
    }

    /// A short question ends where a word joins another clause to it.
    @Test(arguments: [
        ("what it actually is cos I haven't a clue", "what it actually is"),
        ("what is it exactly and how does it work?", "what is it exactly"),
        ("what SMP is before he agrees", "what SMP is"),
        ("what is smp?", nil), ("black and white", nil),
    ])
    func endsAQuestionAtAJoiningWord(core: String, question: String?) {
        #expect(QuestionSplitter.beforeJoiningWord(in: core[...]).map(String.init) == question)
    }

    /// "What about…?" and "how about…?", after a joining word or none, ask
    /// the question before them again; "what" with another word does not.
    @Test(arguments: [
        ("What about during Bajram?", true), ("and how about on Sundays", true), ("so what about it", true),
        ("what is it about", false), ("tell me about it", false), ("what", false),
    ])
    func findsWhatAbout(clause: String, asks: Bool) {
        #expect(QuestionSplitter.asksWhatAbout(clause) == asks)
    }

    /// A greeting before a comma comes off the front; "hi" inside a line does not.
    @Test(arguments: [
        ("Good morning, what is SMP?", " what is SMP?"), ("Hi there! how long does it last", " how long does it last"),
        ("high hairline, is that a problem", nil), ("Hello", nil),
    ])
    func findsAGreetingInFront(line: String, rest: String?) {
        #expect(QuestionSplitter.withoutGreeting(line).map(String.init) == rest)
    }

    /// An e-mail's closing, with a name of a word or two or none, comes off
    /// the end, as does a goodbye after a comma before the question mark;
    /// "best" inside a question is no closing.
    @Test(arguments: [
        ("What is the ink made of? Kind regards, Ann Marie", "What is the ink made of?", false),
        ("how long does it last, thanks, Raj.", "how long does it last", true),
        ("Is it permanent? Cheers", "Is it permanent?", true),
        ("any side effects I should know about, bye?", "any side effects I should know about", true),
        ("Which shade is best?", nil, false), ("Is it the best, or a tattoo?", nil, false),
        ("Is it permanent? Bye?", nil, false), ("Regards, Ann", nil, false),
    ])
    func findsAnEmailsClosing(line: String, body: String?, moves: Bool) {
        let found = QuestionSplitter.signOff(of: line)
        #expect(found.map { String($0.body) } == body)
        #expect((found?.moves ?? false) == moves)
    }
}
