import Foundation
import Testing

@testable import ConsultKit

/// Drafts, resuming, interrupting, flags given up front and saving.
@Suite struct IntakeSessionDraftTests {
    @Test func draftIsSavedAfterEveryAnswerAndResumesWhereItStopped() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = PlanStore(folder: folder)
        let session = IntakeSessionTests.session(store: store)
        IntakeSessionTests.run(session, ["Sam", "shaved"])
        // Nothing more happens: the process could be killed here.
        let saved = try IntakeSessionTests.drafts(store).latest()
        #expect(saved.id == session.draft.id)
        #expect(saved.position == "hair_colour")
        #expect(saved.answers["goals"]?.choices == [.init(option: "shaved_look")])

        let resumed = IntakeSessionTests.session(store: store, draft: saved)
        let start = resumed.start()
        #expect(start.text.contains("Resuming consultation \(saved.id): 2 of 6 steps answered."))
        #expect(start.text.contains("[3/6] Hair colour"))
        IntakeSessionTests.run(resumed, ["red", "rounded", "full", "tomorrow", "yes"])
        #expect(resumed.savedPlan?.id == saved.id)
        #expect(resumed.savedPlan?.startDate.iso == "2026-11-27")
    }

    @Test func interruptKeepsTheDraftAndSaysHowToResume() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = PlanStore(folder: folder)
        let session = IntakeSessionTests.session(store: store)
        IntakeSessionTests.run(session, ["Sam"])
        let message = try #require(session.interrupt())
        #expect(message.contains("saved as draft \(session.draft.id)"))
        #expect(message.contains("smp-consult intake --resume \(session.draft.id)"))
        #expect(try IntakeSessionTests.drafts(store).draft(id: session.draft.id).answers["name"]?.text == "Sam")

        let empty = IntakeSessionTests.session(store: store)
        _ = empty.start()
        #expect(empty.interrupt()?.contains("nothing to resume") == true)
        #expect((try? IntakeSessionTests.drafts(store).draft(id: empty.draft.id)) == nil)
    }

    @Test(arguments: [true, false])
    func leavingTheHostOffersOnlyTheCommandLineToResume(leaving: Bool) throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = PlanStore(folder: folder)
        var settings = IntakeSession.Settings()
        settings.continueHint = "Type /intake to continue"
        let session = IntakeSession(
            form: IntakeFixtures.form, answerer: IntakeFixtures.answerer, drafts: IntakeSessionTests.drafts(store),
            completion: nil, settings: settings)
        IntakeSessionTests.run(session, ["Sam"])
        let message = try #require(session.interrupt(leaving: leaving))
        #expect(message.contains("smp-consult intake --resume \(session.draft.id)"))
        #expect(message.contains("/intake to continue") == !leaving)
    }

    @Test func startDateThatPassedWhileTheDraftWaitedIsAskedAgain() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = PlanStore(folder: folder)
        let session = IntakeSessionTests.session(store: store)
        IntakeSessionTests.run(session, Array(IntakeSessionTests.fullAnswers.dropLast()) + ["2026-11-27"])
        let saved = try IntakeSessionTests.drafts(store).latest()
        // A week later, the draft is resumed and confirmed.
        let later = IntakeSession(
            form: IntakeFixtures.form, answerer: IntakeFixtures.answerer, drafts: IntakeSessionTests.drafts(store),
            completion: PlanCompletion(store: store), draft: saved,
            today: { CalendarDay(year: 2026, month: 12, day: 3)! }, now: { IntakeSessionTests.now })
        let start = later.start()
        #expect(start.text.contains("Save this plan?"))
        let refused = later.handle("yes")
        #expect(!refused.isFinished)
        #expect(refused.text.contains("Friday 27 November 2026 is in the past (today is Thursday 3 December 2026)"))
        #expect(refused.text.contains("[6/6] Preferred start date"))
        #expect(later.handle("next monday").text.contains("Save this plan?"))
        #expect(later.handle("yes").isFinished)
        #expect(later.savedPlan?.startDate.iso == "2026-12-07")
    }

    @Test func pauseCommandEndsLikeAnInterrupt() {
        let session = IntakeSessionTests.session()
        let reply = IntakeSessionTests.run(session, ["Sam", "pause"])
        #expect(reply.isFinished)
        #expect(reply.text.contains("Consultation"))
    }

    @Test func prefilledStepsAreNotAskedAndACompleteSetSavesAtOnce() throws {
        let session = IntakeSessionTests.session()
        try session.prefill(.goals, with: ["thinning", "other: cover a scar"])
        try session.prefill(.colour, with: ["dark brown hair"])
        let start = session.start()
        #expect(start.text.contains("[1/6] Name"))
        #expect(session.handle("Sam").text.contains("[4/6] Hairline shape"))
        #expect(!session.isComplete)
        try session.prefill(.hairline, with: ["soft"])
        try session.prefill(.density, with: ["full"])
        try session.prefill(.start, with: ["in 2 weeks"])
        #expect(session.isComplete)
        let saved = session.save()
        #expect(saved.isFinished)
        #expect(session.savedPlan?.startDate.iso == "2026-12-10")
        #expect(
            session.savedPlan?.answer("goals")?.values == [
                "More density where hair is thinning", "Other: cover a scar",
            ])
    }

    @Test(arguments: [
        (StepRole.colour, ["purple"], "I could not match \"purple\""),
        (.colour, ["black", "red"], "takes one value"),
        (.start, ["2020-01-01"], "is in the past"),
    ])
    func badPrefilledValuesAreRefusedUpFront(role: StepRole, texts: [String], message: String) {
        #expect {
            try IntakeSessionTests.session().prefill(role, with: texts)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func unwritableDraftFolderWarnsInsteadOfFailingSilently() throws {
        let file = IntakeFixtures.temporaryFolder()
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let session = IntakeSessionTests.session(store: PlanStore(folder: file.appendingPathComponent("plans")))
        let reply = IntakeSessionTests.run(session, ["Sam"])
        #expect(reply.text.hasPrefix("Warning: the draft could not be saved"))
    }
}
