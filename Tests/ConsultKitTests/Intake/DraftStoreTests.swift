import Foundation
import Testing

@testable import ConsultKit

@Suite struct DraftStoreTests {
    final class Scratch {
        let plans = IntakeFixtures.temporaryFolder()
        var store: DraftStore { DraftStore(plansFolder: plans) }
        deinit { try? FileManager.default.removeItem(at: plans) }
    }

    @Test func draftsLiveInTheDraftsFolderOfThePlansPrivately() throws {
        let scratch = Scratch()
        let draft = IntakeDraft(
            id: "20261126-draft1", createdAt: Date(timeIntervalSince1970: 100),
            updatedAt: Date(timeIntervalSince1970: 100), answers: [:], position: "name")
        try scratch.store.save(draft)
        #expect(scratch.store.folder == scratch.plans.appendingPathComponent("drafts").standardizedFileURL)
        #expect(try PlanStoreTests.permissions(scratch.store.folder) == 0o700)
        #expect(
            try PlanStoreTests.permissions(scratch.store.folder.appendingPathComponent("20261126-draft1.json")) == 0o600
        )
        #expect(try scratch.store.draft(id: draft.id) == draft)
    }

    @Test func latestDraftIsTheMostRecentlySaved() throws {
        let scratch = Scratch()
        #expect(throws: StoreError.noDrafts(folder: scratch.store.folder.path)) { try scratch.store.latest() }
        let old = IntakeDraft(
            id: "20261126-older1", createdAt: Date(timeIntervalSince1970: 100),
            updatedAt: Date(timeIntervalSince1970: 100), answers: [:], position: "")
        let new = IntakeDraft(
            id: "20261126-newer1", createdAt: Date(timeIntervalSince1970: 50),
            updatedAt: Date(timeIntervalSince1970: 200), answers: ["name": IntakeAnswer(text: "Jo")], position: "goals",
            clientName: "Jo")
        try scratch.store.save(new)
        try scratch.store.save(old)
        #expect(try scratch.store.latest() == new)
        #expect(try scratch.store.list().drafts == [new, old])
    }

    @Test func aDraftSavedBeforeRolesKeepsItsName() throws {
        let json =
            #"{"version": 1, "id": "20261126-legacy", "answers": {"name": {"text": "Jo"}}, "position": "confirm"}"#
        let draft = try JSONDecoder().decode(IntakeDraft.self, from: Data(json.utf8))
        #expect(draft.clientName == "Jo")
    }

    @Test(arguments: ["../escape", "a/b", "Caps"])
    func idsThatCouldEscapeTheFolderAreRefused(id: String) {
        let store = DraftStore(folder: URL(fileURLWithPath: "/nonexistent"))
        #expect(throws: StoreError.self) { try store.draft(id: id) }
        #expect(throws: StoreError.self) { try store.delete(id: id) }
    }
}
