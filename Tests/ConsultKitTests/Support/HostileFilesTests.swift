import Foundation
import Testing

@testable import ConsultKit

/// Private files that are not what they seem: symbolic links, FIFOs, huge
/// files, folders open to others, two processes on one record.
@Suite struct HostileFilesTests {
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        init() throws { try PrivateFiles.makeFolder(root) }
        deinit { try? FileManager.default.removeItem(at: root) }
        func path(_ name: String) -> URL { root.appendingPathComponent(name) }
    }

    static func mode(_ url: URL) -> Int {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return -1 }
        return Int(status.st_mode & 0o7777)
    }

    static func type(_ url: URL) -> Int {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return -1 }
        return Int(status.st_mode & S_IFMT)
    }

    @Test func aSymbolicLinkIsNeverReadNorWrittenThrough() throws {
        let scratch = try Scratch()
        let victim = scratch.path("victim")
        try Data("precious\n".utf8).write(to: victim)
        chmod(victim.path, 0o644)
        let link = scratch.path("plan.json")
        symlink(victim.path, link.path)
        let read = #expect(throws: PrivateFiles.Failure.self) { try PrivateFiles.read(link, limit: 1 << 20) }
        #expect(read?.reason.contains("symbolic link") == true)
        let write = #expect(throws: PrivateFiles.Failure.self) { try PrivateFiles.write(Data("x".utf8), to: link) }
        #expect(write?.reason.contains("symbolic link") == true)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(Self.mode(victim) == 0o644)
        #expect(Self.type(link) == Int(S_IFLNK), "the link itself is left in place")
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let scratch = try Scratch()
        let fifo = scratch.path("plan.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let read = #expect(throws: PrivateFiles.Failure.self) { try PrivateFiles.read(fifo, limit: 1 << 20) }
        #expect(read?.reason == "it is a FIFO, not a regular file")
        let write = #expect(throws: PrivateFiles.Failure.self) { try PrivateFiles.write(Data("x".utf8), to: fifo) }
        #expect(write?.reason.contains("it is a FIFO") == true)
        #expect(Self.type(fifo) == Int(S_IFIFO), "still a FIFO")
    }

    @Test func aFileLargerThanTheLimitIsNotRead() throws {
        let scratch = try Scratch()
        let big = scratch.path("big.json")
        try Data(count: 2_000).write(to: big)
        let failure = #expect(throws: PrivateFiles.Failure.self) { try PrivateFiles.read(big, limit: 1_000) }
        #expect(failure?.reason.hasPrefix("it is larger than 1000 bytes") == true)
        #expect(try PrivateFiles.read(big, limit: 2_000).count == 2_000)
    }

    @Test func writingWithoutReplacingLeavesAnExistingFileWhole() throws {
        let scratch = try Scratch()
        let file = scratch.path("plan.json")
        try PrivateFiles.write(Data("first".utf8), to: file, replacing: false)
        let failure = #expect(throws: PrivateFiles.Failure.self) {
            try PrivateFiles.write(Data("second".utf8), to: file, replacing: false)
        }
        #expect(failure?.code == EEXIST)
        #expect(try String(contentsOf: file, encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path) == ["plan.json"])
    }

    @Test func anExistingFolderOpenToOthersIsNarrowedButNotItsParents() throws {
        let scratch = try Scratch()
        let parent = scratch.path("shared")
        let folder = parent.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(parent.path, 0o755)
        chmod(folder.path, 0o775)
        try PrivateFiles.makeFolder(folder)
        #expect(Self.mode(folder) == 0o700)
        #expect(Self.mode(parent) == 0o755)
        #expect(PrivateFiles.takeWarnings().isEmpty)
    }

    @Test func historyIsNeverWrittenThroughALinkAndKeepsItsLastLines() throws {
        let scratch = try Scratch()
        let victim = scratch.path("victim")
        try Data("one\ntwo\n".utf8).write(to: victim)
        chmod(victim.path, 0o644)
        let history = HistoryFile(url: scratch.path("state/history"), limit: 3)
        try PrivateFiles.makeFolder(scratch.path("state"))
        symlink(victim.path, history.url.path)
        #expect(throws: PrivateFiles.Failure.self) { try history.load() }
        #expect(throws: PrivateFiles.Failure.self) { try history.save(["three"]) }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "one\ntwo\n")
        #expect(Self.mode(victim) == 0o644)

        unlink(history.url.path)
        #expect(try history.load() == [])
        try history.save(["a", "b", "c", "d"])
        #expect(try history.load() == ["b", "c", "d"])
        #expect(Self.mode(history.url) == 0o600)
    }

    @Test func aClaimedRecordCannotBeClaimedAgainUntilReleased() throws {
        let scratch = try Scratch()
        let folder = RecordFolder(url: scratch.root)
        let claim = try folder.claim("20261127-abcdef")
        #expect(folder.isClaimed("20261127-abcdef"))
        #expect(throws: StoreError.openElsewhere(id: "20261127-abcdef")) { try folder.claim("20261127-abcdef") }
        #expect(!folder.isClaimed("20261127-other1"))
        claim.release()
        #expect(!folder.isClaimed("20261127-abcdef"))
        let again = try folder.claim("20261127-abcdef")
        again.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).isEmpty, "no lock file left")
    }

    @Test func theLatestDraftSkipsOneOpenElsewhere() throws {
        let scratch = try Scratch()
        let drafts = DraftStore(folder: scratch.root)
        let old = IntakeDraft(
            id: "20261127-old111", createdAt: Date(timeIntervalSince1970: 0),
            updatedAt: Date(timeIntervalSince1970: 60), answers: [:], position: "")
        let new = IntakeDraft(
            id: "20261127-new111", createdAt: Date(timeIntervalSince1970: 0),
            updatedAt: Date(timeIntervalSince1970: 120), answers: [:], position: "")
        try drafts.save(old)
        try drafts.save(new)
        #expect(try drafts.latest().id == new.id)
        let claim = try drafts.claim(new.id)
        #expect(try drafts.latest().id == old.id)
        let other = try drafts.claim(old.id)
        #expect(throws: StoreError.openElsewhere(id: new.id)) { try drafts.latest() }
        claim.release()
        other.release()
    }

    @Test func aPlanSavedMeanwhileIsNeverReplaced() throws {
        let scratch = try Scratch()
        let store = PlanStore(folder: scratch.root)
        var first = try PlanStoreTests.plan(name: "First")
        try store.save(first)
        var second = first
        second.clientName = "Second"
        #expect(throws: StoreError.savedMeanwhile(id: first.id, file: try store.planFile(first.id).path)) {
            try store.save(second)
        }
        first.clientName = "First"
        #expect(try store.plan(id: first.id).clientName == "First")
    }

    @Test func aFolderThatCannotBeListedIsAnErrorNotAnEmptyList() throws {
        let scratch = try Scratch()
        let notAFolder = scratch.path("plans")
        try Data().write(to: notAFolder)
        let error = #expect(throws: StoreError.self) { try PlanStore(folder: notAFolder).list() }
        #expect(error?.description == "cannot read the folder \(notAFolder.path): Not a directory")
        #expect(try PlanStore(folder: scratch.path("missing")).list().plans.isEmpty)
        if geteuid() != 0 {
            let locked = scratch.path("locked")
            try PrivateFiles.makeFolder(locked)
            chmod(locked.path, 0o000)
            defer { chmod(locked.path, 0o700) }
            let denied = #expect(throws: StoreError.self) { try PlanStore(folder: locked).list() }
            #expect(denied?.description == "cannot read the folder \(locked.path): Permission denied")
        }
    }

    @Test func oversizedPlansAndTooManySessionsAreListedAsDamaged() throws {
        let scratch = try Scratch()
        let store = PlanStore(folder: scratch.root)
        let plan = try PlanStoreTests.plan(id: "20261127-good11")
        try store.save(plan)
        // A plan of many sessions, still under the size limit.
        var object = try JSONSerialization.jsonObject(with: RecordFolder.encode(plan)) as! [String: Any]
        let session = (object["sessions"] as! [Any])[0]
        object["sessions"] = Array(repeating: session, count: Plan.sessionLimit + 1)
        object["id"] = "20261127-many11"
        try JSONSerialization.data(withJSONObject: object).write(to: scratch.path("20261127-many11.json"))
        // A plan padded past the size limit.
        object["sessions"] = [session]
        object["id"] = "20261127-huge11"
        object["advice"] = [String(repeating: "x", count: RecordFolder.sizeLimit)]
        try JSONSerialization.data(withJSONObject: object).write(to: scratch.path("20261127-huge11.json"))

        let (plans, problems) = try store.list()
        #expect(plans.map(\.id) == ["20261127-good11"])
        let text = problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("20261127-huge11.json: damaged plan file: it is larger than 1 MB"))
        #expect(
            text.contains(
                "20261127-many11.json: damaged plan file: field 'sessions': 25 sessions (a plan has at most 24)"))
        #expect(throws: StoreError.self) { try store.plan(id: "20261127-many11") }
    }

    @Test func anIdWithControlCharactersInsideAFileIsDamaged() throws {
        let scratch = try Scratch()
        let store = PlanStore(folder: scratch.root)
        let plan = try PlanStoreTests.plan(id: "20261127-good11")
        let text = String(decoding: try RecordFolder.encode(plan), as: UTF8.self)
            .replacingOccurrences(of: "\"20261127-good11\"", with: "\"\\u001b[2J\"")
        try Data(text.utf8).write(to: scratch.path("20261127-good11.json"))
        let (plans, problems) = try store.list()
        #expect(plans.isEmpty)
        #expect(problems.first?.description.contains("field 'id': not a plan id") == true)
    }

    @Test func danglingAndLoopingPlanLinksCanBeDeleted() throws {
        let scratch = try Scratch()
        let store = PlanStore(folder: scratch.root)
        symlink(scratch.path("nowhere").path, scratch.path("20261127-dangle.json").path)
        symlink("20261127-loop22.json", scratch.path("20261127-loop11.json").path)
        symlink("20261127-loop11.json", scratch.path("20261127-loop22.json").path)
        #expect(try store.list().problems.count == 3)
        for id in ["20261127-dangle", "20261127-loop11", "20261127-loop22"] {
            try store.delete(id: id)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).isEmpty)
    }
}
