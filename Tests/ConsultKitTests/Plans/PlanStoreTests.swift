import Foundation
import Testing

@testable import ConsultKit

@Suite struct PlanStoreTests {
    /// A store in a fresh temporary folder, removed afterwards.
    final class Scratch {
        let folder = IntakeFixtures.temporaryFolder()
        var store: PlanStore { PlanStore(folder: folder) }
        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    static func plan(id: String = "20261126-abcdef", name: String? = "Sam") throws -> Plan {
        var plan = try PlanBuilderTests.plan(start: "2026-12-07", name: name)
        plan.id = id
        return plan
    }

    static func permissions(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func savedPlanReadsBackTheSame() throws {
        let scratch = Scratch()
        let plan = try Self.plan()
        try scratch.store.save(plan)
        #expect(try scratch.store.plan(id: plan.id) == plan)
        #expect(try scratch.store.list().plans == [plan])
    }

    @Test func filesAre0600AndFolders0700() throws {
        let scratch = Scratch()
        try scratch.store.prepare()
        try scratch.store.save(try Self.plan())
        #expect(try Self.permissions(scratch.folder) == 0o700)
        #expect(try Self.permissions(scratch.folder.appendingPathComponent("20261126-abcdef.json")) == 0o600)
    }

    @Test func jsonIsVersionedSortedAndPretty() throws {
        let scratch = Scratch()
        try scratch.store.save(try Self.plan())
        let text = try String(
            contentsOf: scratch.folder.appendingPathComponent("20261126-abcdef.json"), encoding: .utf8)
        #expect(text.contains("\n  \"advice\" : ["))
        #expect(text.contains("\"version\" : 1"))
        #expect(text.contains("\"startDate\" : \"2026-12-07\""))
        #expect(text.contains("\"createdAt\" : \"2026-11-26T09:30:00Z\""))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test func crashBetweenWriteAndRenameLeavesTheOldFile() throws {
        let scratch = Scratch()
        let original = try Self.plan(name: "Before")
        try scratch.store.save(original)
        struct Crash: Error {}
        let file = try scratch.store.planFile(original.id)
        let changed = try Self.plan(name: "After")
        #expect(throws: Crash.self) {
            try RecordFolder.writePrivately(try RecordFolder.encode(changed), to: file) { throw Crash() }
        }
        #expect(try scratch.store.plan(id: original.id).clientName == "Before")
        // The temporary file a crash leaves behind is not a plan.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.count == 1)
        #expect(try scratch.store.list().plans.map(\.clientName) == ["Before"])
        #expect(try scratch.store.list().problems.isEmpty)
    }

    @Test func damagedAndNewerFilesAreNamedAndTheOthersStillList() throws {
        let scratch = Scratch()
        try scratch.store.save(try Self.plan())
        let damaged = scratch.folder.appendingPathComponent("20261126-broken.json")
        try Data("{ not json".utf8).write(to: damaged)
        let newer = scratch.folder.appendingPathComponent("20261126-future.json")
        try Data("{\"version\": 2, \"id\": \"20261126-future\"}".utf8).write(to: newer)
        let missing = scratch.folder.appendingPathComponent("20261126-partial.json")
        try Data("{\"version\": 1, \"id\": \"20261126-partial\"}".utf8).write(to: missing)
        let (plans, problems) = try scratch.store.list()
        #expect(plans.map(\.id) == ["20261126-abcdef"])
        let messages = problems.map(\.description)
        #expect(messages.contains("\(damaged.path): damaged plan file: not valid JSON"))
        #expect(
            messages.contains {
                $0.hasPrefix(newer.path) && $0.contains("newer smp-consult (plan version 2; this one reads up to 1)")
            })
        #expect(messages.contains { $0.hasPrefix(missing.path) && $0.contains("missing field 'startDate'") })
        #expect(throws: StoreError.newerVersion(file: newer.path, version: 2, supported: 1)) {
            try scratch.store.plan(id: "20261126-future")
        }
    }

    @Test(arguments: ["../escape", "/etc/passwd", "a/b", "..", ".hidden", "-rf", "Caps", "x y", "", "café"])
    func idsThatCouldEscapeTheFolderAreRefused(id: String) {
        let store = PlanStore(folder: URL(fileURLWithPath: "/nonexistent"))
        #expect(throws: StoreError.self) { try store.plan(id: id) }
        #expect(throws: StoreError.self) { try store.delete(id: id) }
    }

    @Test func deleteRemovesOnlyThatPlan() throws {
        let scratch = Scratch()
        try scratch.store.save(try Self.plan(id: "20261126-one111"))
        try scratch.store.save(try Self.plan(id: "20261126-two222"))
        try scratch.store.delete(id: "20261126-one111")
        #expect(try scratch.store.list().plans.map(\.id) == ["20261126-two222"])
        #expect(throws: StoreError.notFound(id: "20261126-one111", folder: scratch.store.folder.path)) {
            try scratch.store.delete(id: "20261126-one111")
        }
    }

    @Test func unwritableFolderIsAClearErrorBeforeAnythingIsAsked() throws {
        let file = IntakeFixtures.temporaryFolder()
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let store = PlanStore(folder: file.appendingPathComponent("plans"))
        #expect {
            try store.prepare()
        } throws: { error in
            "\(error)".hasPrefix("cannot write plans to \(file.path)/plans:")
        }
        #expect(throws: StoreError.self) { try PlanStore(folder: file).prepare() }
    }

    @Test(arguments: [
        ([String: String](), "/home/test/.local/share/smp-consult/plans"),
        (["SMP_CONSULT_HOME": "/srv/smp"], "/srv/smp/plans"),
        (["XDG_DATA_HOME": "/data"], "/data/smp-consult/plans"),
        (["XDG_DATA_HOME": "relative"], "/home/test/.local/share/smp-consult/plans"),
        (["SMP_CONSULT_HOME": "/srv/smp", "XDG_DATA_HOME": "/data"], "/srv/smp/plans"),
    ])
    func folderComesFromTheEnvironment(environment: [String: String], expected: String) {
        var environment = environment
        environment["HOME"] = "/home/test"
        #expect(PlanStore.resolve(plansDir: nil, environment: environment).folder.path == expected)
        #expect(PlanStore.resolve(plansDir: "/override", environment: environment).folder.path == "/override")
    }
}
