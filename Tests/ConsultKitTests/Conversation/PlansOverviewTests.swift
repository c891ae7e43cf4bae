import Foundation
import Testing

@testable import ConsultKit

@Suite struct PlansOverviewTests {
    @Test func listsPlansDraftsAndUnreadableFiles() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = PlanStore(folder: folder)
        let drafts = DraftStore(plansFolder: folder)
        try plans.save(try PlanStoreTests.plan())
        try Data("{ not json".utf8).write(to: folder.appendingPathComponent("20261126-broken.json"))
        let draft = IntakeDraft(
            id: "20261126-newer1", createdAt: Date(timeIntervalSince1970: 50),
            updatedAt: Date(timeIntervalSince1970: 200),
            answers: ["who": IntakeAnswer(text: "Jo")], position: "goals", clientName: "Jo")
        try drafts.save(draft)
        let text = try PlansOverview.text(plans: plans, drafts: drafts, form: nil)
        #expect(text.contains("20261126-abcdef  Sam"))
        #expect(text.contains("Unfinished intakes (resume with: smp-consult intake --resume ID):"))
        #expect(text.contains("20261126-newer1  1 step answered, saved 1970-01-01 00:03 UTC  Jo"))
        #expect(text.contains("Unreadable files (1):"))
    }

    @Test func namesWithEscapeSequencesAreListedCleanly() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = PlanStore(folder: folder)
        try plans.save(try PlanStoreTests.plan(name: "Sam\u{1B}[2J"))
        let text = try PlansOverview.text(plans: plans, drafts: DraftStore(plansFolder: folder), form: nil)
        #expect(!text.contains("\u{1B}"))
    }
}
