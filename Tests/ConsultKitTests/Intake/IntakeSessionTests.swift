import Foundation
import Testing

@testable import ConsultKit

@Suite struct IntakeSessionTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 26)!
    static let now = ISO8601DateFormatter().date(from: "2026-11-26T09:30:00Z")!

    static func session(store: PlanStore? = nil, draft: IntakeDraft? = nil) -> IntakeSession {
        IntakeSession(
            form: IntakeFixtures.form, answerer: IntakeFixtures.answerer, drafts: store.map(drafts),
            completion: PlanCompletion(store: store), draft: draft, today: { today }, now: { now })
    }

    static func drafts(_ store: PlanStore) -> DraftStore {
        DraftStore(plansFolder: store.folder)
    }

    /// Feeds `lines` and returns the last reply.
    @discardableResult
    static func run(_ session: IntakeSession, _ lines: [String]) -> IntakeReply {
        var last = session.start()
        for line in lines { last = session.handle(line) }
        return last
    }

    static let fullAnswers = [
        "Sam Client", "thinning and bald spots", "dark brown hair", "soft", "medium", "2026-12-07",
    ]

    @Test func walksEveryStepInOrderAndSavesOnYes() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = PlanStore(folder: folder)
        let session = Self.session(store: store)
        let first = session.start()
        #expect(first.text.contains("[1/6] Name (optional)"))
        var replies: [IntakeReply] = []
        for line in Self.fullAnswers { replies.append(session.handle(line)) }
        #expect(replies[0].text.contains("[2/6] Goals"))
        #expect(replies[0].text.contains("  1. Full shaved look"))
        #expect(replies[1].text.contains("Noted: Goals: More density where hair is thinning; Cover bald spots."))
        #expect(replies[2].text.contains("Noted: Hair colour: Dark brown."))
        #expect(replies[5].text.contains("Preferred start date: Monday 7 December 2026"))
        #expect(replies[5].text.contains("Save this plan?"))
        #expect(!replies[5].isFinished)
        let done = session.handle("yes")
        #expect(done.isFinished)
        #expect(done.text.contains("Saved plan \(session.draft.id) for Sam Client."))
        #expect(done.text.contains("Session 3: Monday 21 December 2026"))
        let plan = try store.plan(id: session.draft.id)
        #expect(plan.clientName == "Sam Client")
        #expect(plan.answer("goals")?.options == ["density", "bald_spots"])
        #expect(try Self.drafts(store).list().drafts.isEmpty, "the draft goes once the plan is saved")
    }

    @Test func badAnswerIsExplainedAndTheStepAskedAgain() {
        let session = Self.session()
        let reply = Self.run(session, ["", "purple"])
        #expect(reply.text.contains("I could not match \"purple\" to an option."))
        #expect(reply.text.contains("[2/6] Goals"))
        let colour = Self.run(Self.session(), ["", "1", "brown"])
        #expect(colour.text.contains("Did you mean Dark brown, Medium brown or Light brown?"))
        #expect(colour.text.contains("[3/6] Hair colour"))
    }

    @Test(arguments: [
        ("how long does it last?", "It lasts a long time."),
        ("how long does smp last", "It lasts a long time."),
        ("how much does it cost?", "Not covered here"),
    ])
    func questionInsteadOfAnAnswerIsAnsweredThenTheStepRepeats(question: String, answer: String) {
        let session = Self.session()
        let reply = Self.run(session, ["", "1", question])
        #expect(reply.text.contains(answer))
        #expect(reply.text.contains("Back to the consultation:\n[3/6] Hair colour"))
        #expect(session.draft.answers["hair_colour"] == nil)
    }

    @Test(arguments: ["permanent", "smp last", "thinning and how long does smp last"])
    func shortWordsAndPartAnswersAreNotTakenForQuestions(line: String) {
        let reply = Self.run(Self.session(), ["", line])
        #expect(!reply.text.contains("It lasts a long time."))
    }

    @Test func questionAtTheNameStepIsNotTakenAsAName() {
        let session = Self.session()
        let reply = Self.run(session, ["how long does smp last"])
        #expect(reply.text.contains("It lasts a long time."))
        #expect(session.draft.answers["name"] == nil)
    }

    @Test func backGoesToThePreviousStepAndShowsItsAnswer() {
        let session = Self.session()
        let reply = Self.run(session, ["Sam", "1", "back"])
        #expect(reply.text.contains("[2/6] Goals"))
        #expect(reply.text.contains("Now: Full shaved look. Press Enter to keep it."))
        let kept = session.handle("")
        #expect(kept.text.contains("Kept: Goals: Full shaved look."))
        #expect(kept.text.contains("[3/6] Hair colour"))
        #expect(Self.run(Self.session(), ["back"]).text.contains("This is the first step."))
    }

    @Test func skipWorksOnlyOnOptionalSteps() {
        let session = Self.session()
        let skipped = Self.run(session, ["skip"])
        #expect(skipped.text.contains("Skipped Name."))
        #expect(session.draft.answers["name"] == .skip)
        let refused = session.handle("skip")
        #expect(refused.text.contains("Goals is needed for the plan; it cannot be skipped."))
        #expect(refused.text.contains("[2/6] Goals"))
    }

    @Test func emptyLineSkipsAnOptionalStepButNotARequiredOne() {
        let session = Self.session()
        #expect(Self.run(session, [""]).text.contains("Skipped Name."))
        #expect(session.handle("").text.contains("Goals needs an answer"))
    }

    @Test func restartClearsTheAnswers() {
        let session = Self.session()
        let reply = Self.run(session, ["Sam", "1", "black", "restart"])
        #expect(reply.text.contains("Starting again"))
        #expect(reply.text.contains("[1/6] Name"))
        #expect(session.draft.answers.isEmpty)
    }

    @Test func helpListsTheCommandsAndTheOptionDescriptions() {
        let reply = Self.run(Self.session(), ["", "help"])
        #expect(reply.text.contains("1. Full shaved look: A full head of short stubble"))
        for command in ["back", "skip", "change X", "summary", "restart", "pause", "cancel"] {
            #expect(reply.text.contains("  \(command) "), "help mentions \(command)")
        }
        #expect(reply.text.hasSuffix("Press Enter to keep it.") == false)
    }

    @Test func summaryShowsTheAnswersSoFarAndRepeatsTheStep() {
        let reply = Self.run(Self.session(), ["Sam", "shaved", "summary"])
        #expect(reply.text.contains("1. Name: Sam"))
        #expect(reply.text.contains("2. Goals: Full shaved look"))
        #expect(reply.text.contains("3. Hair colour: (not answered yet)"))
        #expect(reply.text.hasSuffix("  8. Salt and pepper"))
    }

    @Test func cancelAsksFirstThenDiscardsTheDraft() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = PlanStore(folder: folder)
        let session = Self.session(store: store)
        let question = Self.run(session, ["Sam", "cancel"])
        #expect(question.text.contains("Cancel this consultation and discard its answers?"))
        #expect(try Self.drafts(store).draft(id: session.draft.id).answers["name"]?.text == "Sam")
        let notCancelled = session.handle("no")
        #expect(notCancelled.text.contains("Not cancelled."))
        #expect(notCancelled.text.contains("[2/6] Goals"))
        _ = session.handle("cancel")
        let cancelled = session.handle("yes")
        #expect(cancelled == .finished("Consultation cancelled; nothing was saved."))
        #expect(try Self.drafts(store).list().drafts.isEmpty)
        #expect(session.handle("1").isFinished)
    }

    @Test func severalValuesOnOneLine() {
        let session = Self.session()
        Self.run(session, ["", "1, 3, other: cover a scar"])
        #expect(
            session.draft.answers["goals"]?.choices == [
                .init(option: "shaved_look"), .init(option: "bald_spots"), .init(option: "other", text: "cover a scar"),
            ])
    }

    @Test func oneValueStepRefusesTwo() {
        let reply = Self.run(Self.session(), ["", "1", "black and blond"])
        #expect(reply.text.contains("Only one answer here; you gave Black and Blond. Which one?"))
    }

    @Test func pastDateIsRefusedWithTodayInTheMessage() {
        let session = Self.session()
        let reply = Self.run(session, Array(Self.fullAnswers.dropLast()) + ["2026-11-20"])
        #expect(reply.text.contains("Friday 20 November 2026 is in the past (today is Thursday 26 November 2026)"))
        #expect(reply.text.contains("[6/6] Preferred start date"))
        #expect(session.handle("next monday").text.contains("Preferred start date: Monday 30 November 2026"))
    }

    @Test func anyStepCanBeChangedFromTheSummaryBeforeSaving() {
        let session = Self.session()
        Self.run(session, Self.fullAnswers)
        let editing = session.handle("hairline")
        #expect(editing.text.contains("[4/6] Hairline shape"))
        #expect(editing.text.contains("Now: Soft and natural."))
        let back = session.handle("widow's peak")
        #expect(back.text.contains("4. Hairline shape: Widow's peak"))
        #expect(back.text.contains("Save this plan?"))
        #expect(session.handle("2").text.contains("[2/6] Goals"))
        #expect(session.handle("1").text.contains("Save this plan?"))
        #expect(session.handle("change hair colour").text.contains("[3/6] Hair colour"))
        #expect(session.handle("blnde").text.contains("3. Hair colour: Blond"))
        #expect(session.handle("no").text.contains("What would you like to change?"))
        #expect(session.handle("yes").isFinished)
        #expect(session.savedPlan?.answer("hairline")?.options == ["widows_peak"])
        #expect(session.savedPlan?.answer("goals")?.options == ["shaved_look"])
    }

    @Test func typedControlCharactersAndEscapeSequencesAreDropped() {
        let session = Self.session()
        Self.run(session, ["  José \u{1B}[31mO'Brien\u{07}\t  Jr  "])
        #expect(session.draft.answers["name"]?.text == "José O'Brien Jr")
    }

    @Test func changeCommandNamesAnUnknownStepClearly() {
        let reply = Self.run(Self.session(), ["change shoe size"])
        #expect(reply.text.contains("There is no step \"shoe size\""))
    }

    @Test func completionsOfferTheStepsOptionsAndCommands() {
        let session = Self.session()
        Self.run(session, [""])
        #expect(session.completions.contains("Full shaved look"))
        // Labels only: an option's id is never shown.
        #expect(!session.completions.contains("shaved_look"))
        #expect(session.completions.contains("back"))
        #expect(!session.completions.contains("skip"))
        let name = Self.session()
        _ = name.start()
        #expect(name.completions.contains("skip"))
    }
}

extension IntakeSession {
    /// The plan the session's completion built, if it got that far.
    var savedPlan: Plan? { (completion as? PlanCompletion)?.plan }
}
